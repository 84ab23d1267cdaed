package se.sif.screening;

import java.time.Clock;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
import se.sif.application.Applications;
import se.sif.audit.AuditTrail;
import se.sif.call.Calls;
import se.sif.organisation.Organisations;
import se.sif.identity.Users;
import se.sif.shared.Stockholm;
import se.sif.shared.WorkItem;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;

/**
 * Records the working group's screening. Grade 1 needs every Table 2 criterion, 3 means
 * out; the outcome must agree with the grade: grade 3 is a rejection, and a rejection
 * always carries written reasons.
 */
@Service
@Transactional(readOnly = true)
public class Screenings {

    private final JdbcClient jdbc;

    private final Applications applications;

    private final Organisations organisations;

    private final Calls calls;

    private final AuditTrail audit;

    private final Users users;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Screenings(JdbcClient jdbc, Applications applications, Organisations organisations, Calls calls, AuditTrail audit,
            Users users, Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.applications = applications;
        this.organisations = organisations;
        this.calls = calls;
        this.audit = audit;
        this.users = users;
    }

    /** The automatic part of the formal check, for the officer to confirm or overrule. */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public FormalCheck formalCheck(long applicationId) {
        ApplicationView application = applications.get(applicationId);
        List<Long> ids = new java.util.ArrayList<>();
        ids.add(application.applicantOrganisationId());
        application.coApplicants().forEach(c -> ids.add(c.organisationId()));
        return FormalCheck.of(application, List.copyOf(organisations.byIds(ids).values()),
                calls.get(application.callId()).budgetCeilingOre());
    }

    public record Recording(boolean formalComplete, String formalNotes, int triageGrade, ScreeningOutcome outcome,
            String reasonsText, List<RejectionReason> rejectionReasons, LocalDate completionDeadline) {
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public Optional<ScreeningResult> resultFor(long applicationId) {
        return find(applicationId);
    }

    /** Applications waiting for (or open to a second pass of) screening. */
    @PreAuthorize("hasRole('OFFICER')")
    public List<ApplicationView> workList() {
        return applications.inStatus(List.of(ApplicationStatus.SUBMITTED));
    }

    /**
     * The officer's inbox: submitted applications to screen, the longest-waiting first,
     * each due by its call's deadline (screening starts when the call closes, and a late
     * screening holds up the whole round).
     */
    @PreAuthorize("hasRole('OFFICER')")
    public List<WorkItem> waiting() {
        return workList().stream()
            .sorted(java.util.Comparator.comparing(ApplicationView::submittedAt,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
            .map(a -> new WorkItem(a.title(), a.registrationNumber(), "/applications/" + a.id() + "/screening",
                    a.callDeadline() == null ? null : LocalDate.ofInstant(a.callDeadline(), Stockholm.ZONE)))
            .toList();
    }

    /**
     * Completion requests the applicant has not answered yet, with the deadline screening
     * set: for the officer every one, for an applicant those of their own organisation
     * (linked to where they answer them).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'APPLICANT')")
    public List<WorkItem> completionRequests() {
        se.sif.identity.CurrentUser user = users.current();
        boolean applicant = user.is(se.sif.identity.Role.APPLICANT);
        List<ApplicationView> requested = applications.inStatus(List.of(ApplicationStatus.COMPLETION_REQUESTED))
            .stream()
            .filter(a -> !applicant
                    || (user.organisationId() != null && user.organisationId() == a.applicantOrganisationId()))
            .toList();
        if (requested.isEmpty()) {
            return List.of();
        }
        record Deadline(long applicationId, LocalDate completionDeadline) {
        }
        java.util.Map<Long, LocalDate> deadlines = new java.util.HashMap<>();
        jdbc.sql("select application_id, completion_deadline from screening_result where application_id in (:ids)")
            .param("ids", requested.stream().map(ApplicationView::id).toList())
            .query(Deadline.class)
            .list()
            .forEach(d -> deadlines.put(d.applicationId(), d.completionDeadline()));
        return requested.stream()
            .map(a -> new WorkItem(a.title(), a.registrationNumber(),
                    "/applications/" + a.id() + (applicant ? "/edit" : ""), deadlines.get(a.id())))
            .sorted(java.util.Comparator.comparing(WorkItem::due,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
            .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ScreeningResult record(long applicationId, Long expectedVersion, Recording r) {
        ApplicationView application = applications.get(applicationId);
        if (!application.status().allows(ApplicationStatus.Step.SCREEN)) {
            throw new DomainException("screening.error.notSubmitted");
        }
        validate(r, LocalDate.now(clock));
        Optional<ScreeningResult> existing = find(applicationId);
        long id;
        if (existing.isEmpty()) {
            id = jdbc.sql("""
                    insert into screening_result (application_id, formal_complete, formal_notes, triage_grade, outcome,
                        reasons_text, completion_deadline, recorded_by)
                    values (:app, :formal, :notes, :grade, :outcome, :reasons, :deadline, :by) returning id""")
                .params(params(applicationId, r))
                .query(Long.class)
                .single();
        }
        else {
            id = existing.get().id();
            if (expectedVersion == null || existing.get().version() != expectedVersion) {
                throw new ConcurrentEditException("screening", id);
            }
            jdbc.sql("""
                    update screening_result set formal_complete = :formal, formal_notes = :notes, triage_grade = :grade,
                        outcome = :outcome, reasons_text = :reasons, completion_deadline = :deadline, recorded_by = :by,
                        recorded_at = now(), version = version + 1
                    where application_id = :app""").params(params(applicationId, r)).update();
            jdbc.sql("delete from screening_rejection_reason where screening_result_id = :id").param("id", id).update();
        }
        for (RejectionReason reason : r.outcome() == ScreeningOutcome.REJECTED ? r.rejectionReasons()
                : List.<RejectionReason>of()) {
            jdbc.sql("insert into screening_rejection_reason (screening_result_id, reason) values (:id, :reason)")
                .param("id", id)
                .param("reason", reason.name())
                .update();
        }
        applications.screened(applicationId, switch (r.outcome()) {
            case TO_PANEL -> ApplicationStatus.IN_ASSESSMENT;
            case COMPLETION_REQUESTED -> ApplicationStatus.COMPLETION_REQUESTED;
            case REJECTED -> ApplicationStatus.REJECTED;
        });
        audit.record("screening.recorded", "application", applicationId,
                "formal=" + r.formalComplete() + ", grade=" + r.triageGrade() + ", outcome=" + r.outcome());
        events.publishEvent(new ScreeningRecorded(applicationId, r.outcome(), r.triageGrade(), r.formalComplete()));
        return find(applicationId).orElseThrow();
    }

    static void validate(Recording r, LocalDate today) {
        if (r.triageGrade() < 1 || r.triageGrade() > 3) {
            throw DomainException.onField("triageGrade", "screening.error.grade");
        }
        if (r.outcome() == null) {
            throw DomainException.onField("outcome", "screening.error.outcomeRequired");
        }
        if (r.triageGrade() == 3 && r.outcome() != ScreeningOutcome.REJECTED) {
            throw DomainException.onField("outcome", "screening.error.grade3MeansOut");
        }
        if (r.outcome() == ScreeningOutcome.TO_PANEL && !r.formalComplete()) {
            throw DomainException.onField("outcome", "screening.error.formalIncomplete");
        }
        if (r.outcome() == ScreeningOutcome.REJECTED && (r.rejectionReasons() == null || r.rejectionReasons().isEmpty()
                || r.reasonsText() == null || r.reasonsText().isBlank())) {
            throw DomainException.onField("reasonsText", "screening.error.reasonsRequired");
        }
        if (r.outcome() == ScreeningOutcome.COMPLETION_REQUESTED
                && (r.completionDeadline() == null || !r.completionDeadline().isAfter(today))) {
            throw DomainException.onField("completionDeadline", "screening.error.completionDeadline");
        }
    }

    private java.util.Map<String, Object> params(long applicationId, Recording r) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("app", applicationId);
        params.put("formal", r.formalComplete());
        params.put("notes", r.formalNotes());
        params.put("grade", r.triageGrade());
        params.put("outcome", r.outcome().name());
        params.put("reasons", r.reasonsText());
        params.put("deadline", r.completionDeadline() == null ? null : Date.valueOf(r.completionDeadline()));
        params.put("by", users.current().username());
        return params;
    }

    private Optional<ScreeningResult> find(long applicationId) {
        record Row(long id, long applicationId, boolean formalComplete, String formalNotes, int triageGrade,
                String outcome, String reasonsText, LocalDate completionDeadline, String recordedBy, Instant recordedAt,
                long version) {
        }
        return jdbc.sql("select * from screening_result where application_id = :app")
            .param("app", applicationId)
            .query(Row.class)
            .optional()
            .map(row -> new ScreeningResult(row.id(), row.applicationId(), row.formalComplete(), row.formalNotes(),
                    row.triageGrade(), ScreeningOutcome.valueOf(row.outcome()), row.reasonsText(),
                    jdbc.sql(
                            "select reason from screening_rejection_reason where screening_result_id = :id order by reason")
                        .param("id", row.id())
                        .query(String.class)
                        .list()
                        .stream()
                        .map(RejectionReason::valueOf)
                        .toList(),
                    row.completionDeadline(), row.recordedBy(), row.recordedAt(), row.version()));
    }

}
