package se.sif.assessment;

import java.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
import se.sif.application.Applications;
import se.sif.audit.AuditTrail;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;
import se.sif.identity.Users;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * The panel's rules: only applications sent to the panel are scored; a member with a
 * declared conflict of interest cannot score or see the scores; a member sees the others'
 * scores only after submitting their own; a submitted score that changes is written to
 * the audit trail with its old and new value.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    private final JdbcClient jdbc;

    private final Applications applications;

    private final Users users;

    private final AuditTrail audit;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Assessments(JdbcClient jdbc, Applications applications, Users users, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.applications = applications;
        this.users = users;
        this.audit = audit;
    }

    /**
     * What an assessor has on their desk: every application with the panel, and how far
     * they are.
     */
    public record WorkItem(ApplicationView application, boolean conflict, boolean started, boolean submitted) {
    }

    @PreAuthorize("hasRole('ASSESSOR')")
    public List<WorkItem> workList() {
        String me = users.current().username();
        return applications.inStatus(List.of(ApplicationStatus.IN_ASSESSMENT)).stream().map(a -> {
            Optional<PanelAssessment> mine = find(a.id(), me);
            return new WorkItem(a, hasConflict(a.id(), me), mine.isPresent(),
                    mine.map(PanelAssessment::submitted).orElse(false));
        }).toList();
    }

    /**
     * The assessor's inbox: applications with the panel that this member has not
     * submitted scores for, leaving out those where they declared a conflict of interest
     * (they may not score them at all).
     */
    @PreAuthorize("hasRole('ASSESSOR')")
    public List<se.sif.shared.WorkItem> waiting() {
        return workList().stream()
            .filter(item -> !item.conflict() && !item.submitted())
            .map(item -> new se.sif.shared.WorkItem(item.application().title(), item.application().registrationNumber(),
                    "/assessment/" + item.application().id(), null))
            .toList();
    }

    /** The application as the panel member reads it, once the rules allow them to. */
    @PreAuthorize("hasRole('ASSESSOR')")
    public ApplicationView applicationForPanel(long applicationId) {
        ApplicationView application = applications.getWithoutVisibilityCheck(applicationId);
        if (application.status() != ApplicationStatus.IN_ASSESSMENT
                && find(applicationId, users.current().username()).isEmpty()) {
            throw new NotFoundException("application", applicationId);
        }
        return application;
    }

    @PreAuthorize("hasRole('ASSESSOR')")
    public boolean conflictDeclared(long applicationId) {
        return hasConflict(applicationId, users.current().username());
    }

    @PreAuthorize("hasRole('ASSESSOR')")
    public Optional<PanelAssessment> mine(long applicationId) {
        return find(applicationId, users.current().username());
    }

    @Transactional
    @PreAuthorize("hasRole('ASSESSOR')")
    public void declareConflict(long applicationId, String reason) {
        applicationForPanel(applicationId);
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "assessment.error.conflictReason");
        }
        String me = users.current().username();
        jdbc.sql("""
                insert into conflict_of_interest (application_id, assessor, reason) values (:app, :me, :reason)
                on conflict (application_id, assessor) do nothing""")
            .param("app", applicationId)
            .param("me", me)
            .param("reason", reason.strip())
            .update();
        audit.record("assessment.conflictDeclared", "application", applicationId, me + ": " + reason.strip());
    }

    /**
     * Saves the member's scores as a draft, or submits them. A submission needs every
     * area scored; once submitted, the assessment stays submitted and any later change of
     * a score is audited.
     */
    @Transactional
    @PreAuthorize("hasRole('ASSESSOR')")
    public PanelAssessment save(long applicationId, Long expectedVersion, Map<RubricArea, Score> scores, String comment,
            boolean submit) {
        String me = users.current().username();
        ApplicationView application = applications.getWithoutVisibilityCheck(applicationId);
        if (hasConflict(applicationId, me)) {
            throw new DomainException("assessment.error.conflict");
        }
        if (application.status() != ApplicationStatus.IN_ASSESSMENT) {
            throw new DomainException("assessment.error.notWithPanel");
        }
        if (submit && scores.size() < RubricArea.values().length) {
            List<String> missing = new ArrayList<>();
            for (RubricArea area : RubricArea.values()) {
                if (!scores.containsKey(area)) {
                    missing.add(area.name());
                }
            }
            throw DomainException.onField(missing.get(0), "assessment.error.allAreas");
        }
        Optional<PanelAssessment> existing = find(applicationId, me);
        long id;
        if (existing.isEmpty()) {
            id = jdbc.sql("""
                    insert into assessment (application_id, assessor, comment, submitted_at)
                    values (:app, :me, :comment, :submitted) returning id""")
                .param("app", applicationId)
                .param("me", me)
                .param("comment", comment)
                .param("submitted", submit ? Timestamp.from(clock.instant()) : null)
                .query(Long.class)
                .single();
        }
        else {
            PanelAssessment before = existing.get();
            id = before.id();
            if (expectedVersion == null || before.version() != expectedVersion) {
                throw new ConcurrentEditException("assessment", id);
            }
            jdbc.sql("""
                    update assessment set comment = :comment,
                        submitted_at = coalesce(submitted_at, :submitted), version = version + 1
                    where id = :id""")
                .param("comment", comment)
                .param("submitted", submit ? Timestamp.from(clock.instant()) : null)
                .param("id", id)
                .update();
            if (before.submitted()) {
                for (RubricArea area : RubricArea.values()) {
                    Score old = before.scores().get(area);
                    Score now = scores.get(area);
                    if (old != now) {
                        audit.record("assessment.scoreChanged", "application", applicationId,
                                me + " " + area + ": " + old + " -> " + now);
                    }
                }
            }
            jdbc.sql("delete from assessment_score where assessment_id = :id").param("id", id).update();
        }
        scores.forEach((area, score) -> jdbc
            .sql("insert into assessment_score (assessment_id, area, score) values (:id, :area, :score)")
            .param("id", id)
            .param("area", area.name())
            .param("score", score.points())
            .update());
        PanelAssessment saved = find(applicationId, me).orElseThrow();
        if (submit && (existing.isEmpty() || !existing.get().submitted())) {
            audit.record("assessment.submitted", "application", applicationId,
                    me + ": " + saved.scores() + " = " + saved.total());
            events.publishEvent(new AssessmentSubmitted(applicationId, me, saved.total()));
        }
        return saved;
    }

    /**
     * All submitted assessments of an application. Officials, the steering group and the
     * board see them; a panel member only after submitting their own, and never with a
     * conflict of interest.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN', 'ASSESSOR')")
    public List<PanelAssessment> panelScores(long applicationId) {
        CurrentUser user = users.current();
        if (user.is(Role.ASSESSOR)) {
            if (hasConflict(applicationId, user.username())) {
                throw new DomainException("assessment.error.conflict");
            }
            if (!find(applicationId, user.username()).map(PanelAssessment::submitted).orElse(false)) {
                throw new DomainException("assessment.error.scoresHidden");
            }
        }
        return all(applicationId).stream().filter(PanelAssessment::submitted).toList();
    }

    /**
     * The ranked list of a call's applications that went to the panel, highest mean total
     * first.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<RankedApplication> ranking(long callId) {
        record Total(long applicationId, int assessments, BigDecimal meanTotal) {
        }
        // The call's applications come from the application module, which owns them; the
        // totals only for those.
        List<ApplicationView> ofCall = applications
            .inStatus(List.of(ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.GRANTED, ApplicationStatus.REJECTED))
            .stream()
            .filter(a -> a.callId() == callId)
            .toList();
        Map<Long, Total> totals = ofCall.isEmpty() ? Map.of()
                : jdbc.sql("""
                        select a.application_id, count(*) as assessments,
                               avg(t.total)::numeric(6,2) as mean_total
                        from assessment a
                        join (select assessment_id, sum(score) as total from assessment_score group by assessment_id) t
                          on t.assessment_id = a.id
                        where a.application_id in (:ids) and a.submitted_at is not null
                          and not exists (select 1 from conflict_of_interest c
                                          where c.application_id = a.application_id and c.assessor = a.assessor)
                        group by a.application_id""")
                    .param("ids", ofCall.stream().map(ApplicationView::id).toList())
                    .query(Total.class)
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Total::applicationId, t -> t));
        List<ApplicationView> candidates = ofCall.stream()
            .filter(a -> a.status() == ApplicationStatus.IN_ASSESSMENT || totals.containsKey(a.id()))
            .sorted(Comparator.comparing((ApplicationView a) -> totals.containsKey(a.id())
                    ? totals.get(a.id()).meanTotal() : BigDecimal.ZERO)
                .reversed()
                .thenComparing(ApplicationView::id))
            .toList();
        List<RankedApplication> ranking = new ArrayList<>();
        for (ApplicationView a : candidates) {
            Total total = totals.get(a.id());
            ranking.add(new RankedApplication(ranking.size() + 1, a.id(), a.registrationNumber(), a.title(),
                    a.applicantName(), a.requestedAmountOre(), a.status().name(),
                    total == null ? 0 : total.assessments(),
                    total == null ? BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY) : total.meanTotal()));
        }
        return ranking;
    }

    private boolean hasConflict(long applicationId, String assessor) {
        return jdbc.sql("select count(*) from conflict_of_interest where application_id = :app and assessor = :a")
            .param("app", applicationId)
            .param("a", assessor)
            .query(Integer.class)
            .single() > 0;
    }

    private Optional<PanelAssessment> find(long applicationId, String assessor) {
        return all(applicationId).stream().filter(a -> a.assessor().equals(assessor)).findFirst();
    }

    private List<PanelAssessment> all(long applicationId) {
        record Row(long id, long applicationId, String assessor, String comment, Instant submittedAt, long version) {
        }
        record ScoreRow(long assessmentId, String area, int score) {
        }
        List<Row> rows = jdbc.sql(
                "select id, application_id, assessor, comment, submitted_at, version from assessment where application_id = :app order by assessor")
            .param("app", applicationId)
            .query(Row.class)
            .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ScoreRow>> scores = jdbc
            .sql("select assessment_id, area, score from assessment_score where assessment_id in (:ids)")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(ScoreRow.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(ScoreRow::assessmentId));
        return rows.stream().map(r -> {
            Map<RubricArea, Score> byArea = new EnumMap<>(RubricArea.class);
            for (ScoreRow s : scores.getOrDefault(r.id(), List.of())) {
                byArea.put(RubricArea.valueOf(s.area()), Score.ofPoints(s.score()));
            }
            return new PanelAssessment(r.id(), r.applicationId(), r.assessor(), users.displayName(r.assessor()), byArea,
                    r.comment(), r.submittedAt(), r.version());
        }).toList();
    }

}
