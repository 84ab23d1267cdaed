package se.sif.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.application.ApplicationAccess;
import se.sif.application.ApplicationSection;
import se.sif.application.CompletionRequests;
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

    private final ScreeningRepository repository;

    private final Applications applications;

    private final ApplicationAccess access;

    private final Organisations organisations;

    private final Calls calls;

    private final AuditTrail audit;

    private final Users users;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final CompletionRequests completionRequests;

    private final Triage triage;

    private final se.sif.fund.FundLedger ledger;

    private final RejectionLetters letters;

    Screenings(ScreeningRepository repository, Applications applications, ApplicationAccess access,
            Organisations organisations, Calls calls, AuditTrail audit, Users users, Clock clock,
            ApplicationEventPublisher events, CompletionRequests completionRequests, Triage triage,
            se.sif.fund.FundLedger ledger, RejectionLetters letters) {
        this.ledger = ledger;
        this.letters = letters;
        this.completionRequests = completionRequests;
        this.triage = triage;
        this.clock = clock;
        this.events = events;
        this.repository = repository;
        this.applications = applications;
        this.access = access;
        this.organisations = organisations;
        this.calls = calls;
        this.audit = audit;
        this.users = users;
    }

    /** The automatic part of the formal check, for the officer to confirm or overrule. */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public FormalCheck formalCheck(long applicationId) {
        ApplicationView application = applications.get(applicationId);
        List<Long> coApplicants = application.coApplicants()
            .stream()
            .map(ApplicationView.CoApplicant::organisationId)
            .toList();
        return FormalCheck.of(application, organisations.get(application.applicantOrganisationId()),
                List.copyOf(organisations.byIds(coApplicants).values()),
                calls.content(application.callId(), application.callVersion()), applications.taskList(application));
    }

    /**
     * What the officer records; for a completion request the parts of the application to
     * reopen ({@code completionSections}), the message ({@code reasonsText}) and the last
     * day ({@code completionDeadline}).
     */
    public record Recording(boolean formalComplete, String formalNotes, int triageGrade, ScreeningOutcome outcome,
            String reasonsText, List<RejectionReason> rejectionReasons, LocalDate completionDeadline,
            Set<ApplicationSection> completionSections) {

        public Recording {
            completionSections = completionSections == null ? Set.of() : Set.copyOf(completionSections);
        }

        public Recording(boolean formalComplete, String formalNotes, int triageGrade, ScreeningOutcome outcome,
                String reasonsText, List<RejectionReason> rejectionReasons, LocalDate completionDeadline) {
            this(formalComplete, formalNotes, triageGrade, outcome, reasonsText, rejectionReasons, completionDeadline,
                    Set.of());
        }

    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public Optional<ScreeningResult> resultFor(long applicationId) {
        return find(applicationId);
    }

    /**
     * The parts of the application the recorded completion request reopened (kept by the
     * application module's {@link CompletionRequests}); none for another outcome.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public Set<ApplicationSection> completionSections(ScreeningResult result) {
        if (result.outcome() != ScreeningOutcome.COMPLETION_REQUESTED) {
            return Set.of();
        }
        return completionRequests.latest(result.applicationId())
            .map(se.sif.application.CompletionRequest::sections)
            .orElse(Set.of());
    }

    /**
     * The written rejection after the sifting as the applicant reads it: the reasons from
     * the standard list, the written reasons, when and by whom it was decided, and the
     * body the fund belongs to (which says how to appeal).
     */
    public record Rejection(long applicationId, String registrationNumber, String title, String applicantName,
            List<RejectionReason> reasons, String reasonsText, LocalDate decidedOn, String decidedBy,
            se.sif.fund.FundOwner owner) {
    }

    /**
     * The rejection of an application the sifting stopped, for whoever may read the
     * application (above all its applicant); empty for an application not rejected there.
     */
    public Optional<Rejection> rejection(long applicationId) {
        ApplicationView application = applications.get(applicationId);
        if (application.status() != ApplicationStatus.REJECTED) {
            return Optional.empty();
        }
        return find(applicationId).filter(r -> r.outcome() == ScreeningOutcome.REJECTED)
            .map(r -> new Rejection(applicationId, application.registrationNumber(), application.title(),
                    application.applicantName(), r.rejectionReasons(), r.reasonsText() == null ? "" : r.reasonsText(),
                    LocalDate.ofInstant(r.recordedAt(), Stockholm.ZONE), users.displayName(r.recordedBy()),
                    ledger.owner(calls.get(application.callId()).fundId())));
    }

    /** What the sifting did with these applications (a call's), as counts. */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public SiftingFunnel funnel(java.util.Collection<Long> applicationIds) {
        return repository.funnel(applicationIds);
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
            .filter(a -> access.mayRead(user, a))
            .toList();
        if (requested.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, LocalDate> deadlines = repository
            .completionDeadlines(requested.stream().map(ApplicationView::id).toList());
        return requested.stream()
            .map(a -> new WorkItem(a.title(), a.registrationNumber(),
                    "/applications/" + a.id() + (applicant ? "/edit" : ""), deadlines.get(a.id())))
            .sorted(java.util.Comparator.comparing(WorkItem::due,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
            .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ScreeningResult record(long applicationId, @Nullable Long expectedVersion, Recording r) {
        ApplicationView application = applications.get(applicationId);
        if (!application.status().allows(ApplicationStatus.Step.SCREEN)) {
            throw new DomainException("screening.error.notSubmitted");
        }
        validate(r, LocalDate.now(clock));
        String me = users.current().username();
        if (triage.conflicted(applicationId, me)) {
            throw new DomainException("sifting.error.conflict");
        }
        Optional<Triage.Agreement> agreed = triage.agreed(applicationId);
        if (agreed.isPresent() && agreed.get().grade() != r.triageGrade()) {
            // the working group's agreed grade is the one on the record; a different one
            // is agreed in a new pass, not typed over here
            throw DomainException.onField("triageGrade", "sifting.error.notAgreedGrade", agreed.get().grade());
        }
        Optional<ScreeningResult> existing = find(applicationId);
        long id;
        if (existing.isEmpty()) {
            id = repository.insert(applicationId, r, me);
        }
        else {
            id = existing.get().id();
            if (expectedVersion == null || existing.get().version() != expectedVersion) {
                throw new ConcurrentEditException("screening", id);
            }
            // the update names the version read too, so a second officer's save made
            // meanwhile is not overwritten
            if (!repository.update(id, applicationId, expectedVersion, r, me)) {
                throw new ConcurrentEditException("screening", id);
            }
        }
        // the reasons are kept only for a rejection
        repository.insertRejectionReasons(id,
                r.outcome() == ScreeningOutcome.REJECTED ? r.rejectionReasons() : List.<RejectionReason>of());
        if (r.outcome() == ScreeningOutcome.COMPLETION_REQUESTED) {
            // the application module keeps the request (the parts reopened, the message,
            // the last day), moves the application and e-mails the applicant
            completionRequests.request(applicationId, r.completionSections(), r.reasonsText(), r.completionDeadline());
        }
        else {
            applications.screened(applicationId, r.outcome() == ScreeningOutcome.TO_PANEL
                    ? ApplicationStatus.IN_ASSESSMENT : ApplicationStatus.REJECTED);
        }
        if (r.outcome() == ScreeningOutcome.REJECTED) {
            // the applicant hears why, in the same transaction (the outbox sends it)
            rejection(applicationId).ifPresent(letters::send);
        }
        audit.record(existing.isEmpty() ? "screening.recorded" : "screening.revised", "application", applicationId,
                "formal=" + r.formalComplete() + ", grade=" + r.triageGrade() + ", outcome=" + r.outcome()
                        + existing
                            .map(e -> " (was formal=" + e.formalComplete() + ", grade=" + e.triageGrade() + ", outcome="
                                    + e.outcome() + ")")
                            .orElse(""));
        events.publishEvent(new ScreeningRecorded(se.sif.application.ApplicationId.of(applicationId), r.outcome(),
                r.triageGrade(), r.formalComplete()));
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
        if (r.outcome() == ScreeningOutcome.COMPLETION_REQUESTED) {
            CompletionRequests.check(r.completionSections(), r.reasonsText(), r.completionDeadline(), today);
        }
    }

    private Optional<ScreeningResult> find(long applicationId) {
        return repository.findByApplication(applicationId);
    }

}
