package se.sif.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
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

/**
 * The panel's rules: only applications sent to the panel are scored; a member with a
 * declared conflict of interest cannot score or see the scores; a member sees the others'
 * scores only after submitting their own; a submitted score that changes is written to
 * the audit trail with its old and new value.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    private final AssessmentRepository repository;

    private final Applications applications;

    private final Users users;

    private final AuditTrail audit;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final int minimumAssessments;

    Assessments(AssessmentRepository repository, Applications applications, Users users, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events,
            @org.springframework.beans.factory.annotation.Value("${sif.panel.minimum-assessments:2}") int minimumAssessments) {
        this.minimumAssessments = minimumAssessments;
        this.clock = clock;
        this.events = events;
        this.repository = repository;
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

    /**
     * The application as the panel member reads it: one before the panel, or one they
     * assessed ({@link PanelReadsApplications}, asked by the application module's rule);
     * any other does not exist for them.
     */
    @PreAuthorize("hasRole('ASSESSOR')")
    public ApplicationView applicationForPanel(long applicationId) {
        return applications.get(applicationId);
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
        repository.insertConflict(applicationId, me, reason.strip());
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
        // the conflict first: a member who declared one is told so, also about an
        // application no longer before the panel
        if (hasConflict(applicationId, me)) {
            throw new DomainException("assessment.error.conflict");
        }
        ApplicationView application = applications.get(applicationId);
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
            id = repository.insert(applicationId, me, comment, submit ? clock.instant() : null);
        }
        else {
            PanelAssessment before = existing.get();
            id = before.id();
            if (expectedVersion == null || before.version() != expectedVersion) {
                throw new ConcurrentEditException("assessment", id);
            }
            // the update names the version read too, so a save made meanwhile (the same
            // member in another window) is not overwritten
            if (!repository.update(id, expectedVersion, comment, submit ? clock.instant() : null)) {
                throw new ConcurrentEditException("assessment", id);
            }
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
            repository.deleteScores(id);
        }
        repository.insertScores(id, scores);
        PanelAssessment saved = find(applicationId, me).orElseThrow();
        if (submit && (existing.isEmpty() || !existing.get().submitted())) {
            audit.record("assessment.submitted", "application", applicationId,
                    me + ": " + saved.scores() + " = " + saved.total());
            events.publishEvent(
                    new AssessmentSubmitted(se.sif.application.ApplicationId.of(applicationId), me, saved.total()));
        }
        return saved;
    }

    /**
     * All submitted assessments of an application, to whoever may see them
     * ({@link #maySeePanelScores}); a panel member who may not is told why.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN', 'ASSESSOR')")
    public List<PanelAssessment> panelScores(long applicationId) {
        Optional<String> hidden = scoresHiddenBecause(users.current(), applicationId);
        if (hidden.isPresent()) {
            throw new DomainException(hidden.get());
        }
        return all(applicationId).stream().filter(PanelAssessment::submitted).toList();
    }

    /**
     * Whether the current user sees the panel's scores of the application, for pages that
     * show them only then: officials, the steering group and the board do; a panel member
     * only after submitting their own, and never with a conflict of interest.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN', 'ASSESSOR')")
    public boolean maySeePanelScores(long applicationId) {
        return scoresHiddenBecause(users.current(), applicationId).isEmpty();
    }

    /** Why the scores are hidden from the user (a message key), if they are. */
    private Optional<String> scoresHiddenBecause(CurrentUser user, long applicationId) {
        if (!user.is(Role.ASSESSOR)) {
            return Optional.empty();
        }
        if (hasConflict(applicationId, user.username())) {
            return Optional.of("assessment.error.conflict");
        }
        if (!find(applicationId, user.username()).map(PanelAssessment::submitted).orElse(false)) {
            return Optional.of("assessment.error.scoresHidden");
        }
        return Optional.empty();
    }

    /** How many submitted assessments an application needs before it is ranked. */
    public int minimumAssessments() {
        return minimumAssessments;
    }

    /**
     * The ranked list of a call's applications that went to the panel, highest mean total
     * first (the order and its tie-break: {@link RankedApplication}).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<RankedApplication> ranking(long callId) {
        // The call's applications come from the application module, which owns them; the
        // totals only for those.
        List<ApplicationView> ofCall = applications.inCall(callId,
                List.of(ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.GRANTED, ApplicationStatus.REJECTED));
        Map<Long, Map<Long, Map<RubricArea, Integer>>> points = ofCall.isEmpty() ? Map.of()
                : repository.submittedPoints(ofCall.stream().map(ApplicationView::id).toList());
        Map<Long, PanelAggregate> aggregates = new java.util.HashMap<>();
        points.forEach((id, byAssessment) -> aggregates.put(id, PanelAggregate.of(byAssessment.values())));
        java.util.function.Function<ApplicationView, PanelAggregate> of = a -> aggregates.getOrDefault(a.id(),
                PanelAggregate.NONE);
        java.util.function.Predicate<ApplicationView> enough = a -> of.apply(a).assessments() >= minimumAssessments;
        // the documented order: ranked before not yet ranked, then the mean total, the
        // median total, the lowest total, and the order the applications came in
        List<ApplicationView> candidates = ofCall.stream()
            .filter(a -> a.status() == ApplicationStatus.IN_ASSESSMENT || aggregates.containsKey(a.id()))
            .sorted(Comparator.comparing((ApplicationView a) -> !enough.test(a))
                .thenComparing(a -> of.apply(a).meanTotal(), Comparator.reverseOrder())
                .thenComparing(a -> of.apply(a).medianTotal(), Comparator.reverseOrder())
                .thenComparing(a -> of.apply(a).lowestTotal(), Comparator.reverseOrder())
                .thenComparing(ApplicationView::id))
            .toList();
        List<RankedApplication> ranking = new ArrayList<>();
        int rank = 0;
        for (ApplicationView a : candidates) {
            PanelAggregate aggregate = of.apply(a);
            boolean ranked = enough.test(a);
            ranking.add(new RankedApplication(ranked ? ++rank : 0, a.id(), a.registrationNumber(), a.title(),
                    a.applicantName(), a.requestedAmountOre(), a.status().name(), aggregate.assessments(),
                    aggregate.meanTotal(), ranked, aggregate));
        }
        return ranking;
    }

    private boolean hasConflict(long applicationId, String assessor) {
        return repository.hasConflict(applicationId, assessor);
    }

    private Optional<PanelAssessment> find(long applicationId, String assessor) {
        return all(applicationId).stream().filter(a -> a.assessor().equals(assessor)).findFirst();
    }

    /** Every member's assessment of the application, each member by name. */
    private List<PanelAssessment> all(long applicationId) {
        return repository.findByApplication(applicationId)
            .stream()
            .map(a -> new PanelAssessment(a.id(), a.applicationId(), a.assessor(), users.displayName(a.assessor()),
                    a.scores(), a.comment(), a.submittedAt(), a.version()))
            .toList();
    }

}
