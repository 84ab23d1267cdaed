package se.sif.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.call.CallContent;
import se.sif.call.CallView;
import se.sif.call.Calls;
import se.sif.identity.CurrentUser;
import se.sif.identity.Users;
import se.sif.notification.Notifications;
import se.sif.notification.Recipient;
import se.sif.organisation.Organisation;
import se.sif.organisation.Organisations;
import se.sif.shared.Stockholm;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;
import se.sif.shared.RegistrationNumbers;

/**
 * The application's rules: who may edit it (who may read it is
 * {@link ApplicationAccess}'s rule), what a complete application contains, the call's
 * deadline, and the legal moves between states. Every change checks the version the user
 * loaded, so a second editor's save is refused instead of silently overwriting the first.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

    static final int MAX_TEXT = 8000;

    private final ApplicationRepository repository;

    private final ApplicationAccess access;

    private final Calls calls;

    private final Organisations organisations;

    private final Users users;

    private final AuditTrail audit;

    private final RegistrationNumbers registrationNumbers;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final Notifications notifications;

    private final TaskLists taskLists;

    private final CompletionRules completion;

    private final SubmissionReceipts receipts;

    Applications(ApplicationRepository repository, ApplicationAccess access, Calls calls, Organisations organisations,
            Users users, AuditTrail audit, RegistrationNumbers registrationNumbers, Clock clock,
            ApplicationEventPublisher events, Notifications notifications, TaskLists taskLists,
            CompletionRules completion, SubmissionReceipts receipts) {
        this.notifications = notifications;
        this.taskLists = taskLists;
        this.completion = completion;
        this.receipts = receipts;
        this.clock = clock;
        this.events = events;
        this.repository = repository;
        this.access = access;
        this.calls = calls;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.registrationNumbers = registrationNumbers;
    }

    // --- reading
    // ------------------------------------------------------------------------------------

    /**
     * One application, if the current user may read it ({@link ApplicationAccess});
     * otherwise it does not exist for them.
     */
    public ApplicationView get(long id) {
        ApplicationView application = load(id);
        if (!access.mayRead(users.current(), application)) {
            throw new NotFoundException("application", id);
        }
        return application;
    }

    /** The applications the current user may see, optionally for one call. */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN', 'APPLICANT')")
    public List<ApplicationView> visible(Long callId) {
        return views(repository.findInScope(ApplicationAccess.Scope.of(users.current()), callId));
    }

    /**
     * What the application list can be narrowed to: a call, a state, and words in the
     * title or registration number.
     */
    public record Filter(@Nullable Long callId, @Nullable ApplicationStatus status, @Nullable String text) {
    }

    /**
     * The application list's sort keys, each mapped to its column here (never taken from
     * the request).
     */
    public static final java.util.Set<String> SORTS = java.util.Set.of("number", "title", "applicant", "call", "amount",
            "status", "submitted");

    /**
     * The applicant's and the call's names are other modules' (organisation, call): those
     * sorts are made on the filtered list in memory, which stays short (a fund's
     * applications, not a public register).
     */
    private static final Map<String, java.util.Comparator<ApplicationView>> NAME_SORTS = Map.of("applicant",
            java.util.Comparator.comparing((ApplicationView a) -> a.applicantName().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(ApplicationView::id),
            "call",
            java.util.Comparator.comparing((ApplicationView a) -> a.callTitle().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(ApplicationView::id));

    /**
     * One page of the applications the current user may see ({@link #visible}'s rule),
     * filtered and sorted; by default the newest call first, then by registration number.
     * The text also finds the applicant organisation by name.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN', 'APPLICANT')")
    public se.sif.shared.ListPage<ApplicationView> list(Filter filter, se.sif.shared.ListQuery asked) {
        se.sif.shared.ListQuery query = asked.sortedBy(SORTS, "submitted", true);
        ApplicationAccess.Scope scope = ApplicationAccess.Scope.of(users.current());
        Set<Long> applicants = applicantsNamed(filter.text());
        if (NAME_SORTS.containsKey(query.sort())) {
            return query.apply(views(repository.findMatching(scope, filter, applicants)), NAME_SORTS);
        }
        long total = repository.countMatching(scope, filter, applicants);
        List<ApplicationView> rows = views(repository.findPage(scope, filter, applicants, query));
        return new se.sif.shared.ListPage<>(rows, total, query);
    }

    /**
     * Every application of {@link #list} (all pages) in the list's order: what the
     * officials' exports hold.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public List<ApplicationView> exported(Filter filter, se.sif.shared.ListQuery asked) {
        se.sif.shared.ListQuery query = asked.sortedBy(SORTS, "submitted", true);
        ApplicationAccess.Scope scope = ApplicationAccess.Scope.of(users.current());
        Set<Long> applicants = applicantsNamed(filter.text());
        Comparator<ApplicationView> byName = NAME_SORTS.get(query.sort());
        if (byName != null) {
            return views(repository.findMatching(scope, filter, applicants)).stream()
                .sorted(query.descending() ? byName.reversed() : byName)
                .toList();
        }
        return views(repository.findSorted(scope, filter, applicants, query));
    }

    /**
     * The organisations whose name holds the text: organisations are the organisation
     * module's, so their names are matched there and only the ids reach this module's
     * SQL.
     */
    private Set<Long> applicantsNamed(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        java.util.Locale swedish = java.util.Locale.forLanguageTag("sv");
        String wanted = text.strip().toLowerCase(swedish);
        return organisations.all()
            .stream()
            .filter(o -> o.name() != null && o.name().toLowerCase(swedish).contains(wanted))
            .map(Organisation::id)
            .collect(Collectors.toSet());
    }

    /** Applications in the given states, for the screening and assessment work lists. */
    public List<ApplicationView> inStatus(Collection<ApplicationStatus> statuses) {
        return views(repository.findInStatus(statuses));
    }

    /**
     * A call's applications in these states (one query, however many calls there are).
     */
    public List<ApplicationView> inCall(long callId, Collection<ApplicationStatus> statuses) {
        return views(repository.findInCallAndStatus(callId, statuses));
    }

    public List<ApplicationView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(repository.findByIds(ids));
    }

    /** Number of applications per state (drafts excluded), for the fund overview. */
    public Map<ApplicationStatus, Long> countByStatus(Long callId) {
        return repository.countByStatus(callId);
    }

    /**
     * The applicant's inbox: their organisation's drafts in calls still open, the nearest
     * deadline first (a draft in a closed call can no longer be submitted, so nothing
     * waits for it).
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<se.sif.shared.WorkItem> draftsToSubmit() {
        Long organisation = users.current().organisationId();
        if (organisation == null) {
            return List.of();
        }
        // the call's deadline is the call module's: asked of it, not joined here
        java.time.Instant now = clock.instant();
        return views(repository.findDrafts(organisation)).stream()
            .filter(a -> a.callDeadline() != null && a.callDeadline().isAfter(now))
            .sorted(java.util.Comparator.comparing(ApplicationView::callDeadline).thenComparing(ApplicationView::id))
            .map(a -> new se.sif.shared.WorkItem(a.title(), a.callTitle(), "/applications/" + a.id() + "/edit",
                    LocalDate.ofInstant(a.callDeadline(), Stockholm.ZONE)))
            .toList();
    }

    // --- the applicant's work
    // ---------------------------------------------------------------------

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long startDraft(long callId) {
        CurrentUser user = users.current();
        CallView call = openCall(callId, user);
        long id = repository.insertDraft(callId, call.contentVersion(), user.organisationId(), user.username(),
                call.title(), null);
        audit.record("application.started", "application", id, null);
        return id;
    }

    /**
     * Starts a full application from a submitted pre-study of the applicant's own
     * organisation: what the pre-study said of the target group, its need and the method
     * is carried over (the applicant goes on from there, not from a blank page), the
     * project type if the call takes it, and the application names the pre-study it grew
     * out of, so officers and the panel read the two together.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long startFromPreStudy(long callId, long preStudyId) {
        CurrentUser user = users.current();
        ApplicationView preStudy = get(preStudyId);
        if (!preStudy.preStudy() || preStudy.status() == ApplicationStatus.DRAFT) {
            throw new DomainException("application.error.notSubmittedPreStudy");
        }
        if (!java.util.Objects.equals(user.organisationId(), preStudy.applicantOrganisationId())) {
            // a partner reads the pre-study but does not own it
            throw new DomainException("application.error.notOwnPreStudy");
        }
        CallView call = openCall(callId, user);
        if (call.content().preStudy()) {
            throw new DomainException("application.error.preStudyIntoPreStudy", call.title());
        }
        // one full application per call from a pre-study: a second press of the button
        // goes on with the first
        long id;
        try {
            id = repository.insertDraft(callId, call.contentVersion(), user.organisationId(), user.username(),
                    preStudy.title(), preStudyId);
        }
        catch (org.springframework.dao.DuplicateKeyException e) {
            throw new DomainException("application.error.alreadyGrown", call.title());
        }
        ApplicationContent said = ApplicationContent.of(preStudy);
        ApplicationContent content = ApplicationContent.EMPTY;
        ApplicationAnswers answers = ApplicationAnswers.EMPTY;
        for (ApplicationSection section : CARRIED_FROM_PRE_STUDY) {
            content = content.with(section, said);
            answers = answers.with(section, preStudy.answers());
        }
        if (preStudy.answers().projectType() != null
                && call.content().projectTypes().containsKey(preStudy.answers().projectType())) {
            answers = answers.with(ApplicationSection.ABOUT, preStudy.answers());
        }
        if (!repository.update(id, 0, preStudy.title(), content, answers)) {
            throw new ConcurrentEditException("application", id);
        }
        audit.record("application.startedFromPreStudy", "application", id,
                "pre-study " + preStudy.registrationNumber());
        return id;
    }

    /**
     * What a full application takes over from its pre-study, whole: the target group with
     * its need, and the method.
     */
    static final List<ApplicationSection> CARRIED_FROM_PRE_STUDY = List.of(ApplicationSection.TARGET_GROUP,
            ApplicationSection.METHOD);

    private CallView openCall(long callId, CurrentUser user) {
        CallView call = calls.get(callId);
        if (!call.isOpenAt(clock.instant())) {
            throw new DomainException("application.error.callClosed", call.title());
        }
        if (user.organisationId() == null) {
            throw new DomainException("application.error.noOrganisation");
        }
        return call;
    }

    /**
     * The applications that grew out of this pre-study, as far as the reader may see
     * them.
     */
    public List<ApplicationView> grownOutOf(long preStudyId) {
        CurrentUser user = users.current();
        List<Long> ids = repository.grownOutOf(preStudyId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(repository.findByIds(ids)).stream().filter(a -> access.mayRead(user, a)).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void update(long id, long expectedVersion, ApplicationContent content) {
        ApplicationView application = ownEditable(id);
        completion.checkChanges(application, content);
        validateShape(content);
        write(application, expectedVersion, content, application.answers());
        audit.record("application.saved", "application", id, null);
    }

    /**
     * Saves one section of the task list: only that section's answers change, the others
     * stay as stored, so a section saved (or autosaved) from one page never blanks
     * another's. The answers are checked against the call version the application was
     * written against. Changing the partners or their co-financing asks them to confirm
     * again; changing the period drops budget and co-financing of years no longer in it.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public ApplicationView saveSection(long id, long expectedVersion, ApplicationSection section,
            ApplicationContent typedContent, ApplicationAnswers typedAnswers) {
        ApplicationView application = ownEditable(id);
        if (!editableSections(application).contains(section)) {
            throw new DomainException("application.error.sectionLocked");
        }
        CallContent call = calls.content(application.callId(), application.callVersion());
        ApplicationContent content = ApplicationContent.of(application).with(section, typedContent);
        validateShape(content);
        ApplicationSections.validate(section, application, content, typedAnswers, call);
        ApplicationAnswers answers = application.answers().with(section, typedAnswers);
        if (section == ApplicationSection.PERIOD) {
            answers = answers.within(ApplicationSections.years(content.startDate(), content.endDate()));
        }
        write(application, expectedVersion, content, answers);
        audit.record("application.sectionSaved", "application", id, section.name());
        return load(id);
    }

    /**
     * Writes the content and answers if the version is still the one read: a blank title
     * keeps the one the draft has (the call's, to begin with); the partners named become
     * the co-applicants, and a changed collaboration or co-financing asks them to confirm
     * again, as they confirmed it as it was written.
     */
    private void write(ApplicationView application, long expectedVersion, ApplicationContent content,
            ApplicationAnswers answers) {
        long id = application.id();
        String title = isBlank(content.title()) ? application.title() : content.title().strip();
        if (!repository.update(id, expectedVersion, title, content, answers)) {
            throw new ConcurrentEditException("application", id);
        }
        repository.replaceCoApplicants(id, content.coApplicantIds());
        if (!java.util.Objects.equals(blank(application.coFinancing()), blank(content.coFinancing()))
                || !application.answers().parties().equals(answers.parties())) {
            repository.askPartnersAgain(id);
        }
    }

    /**
     * The sections the applicant may change now: every one of a draft, those a completion
     * request names until its deadline, none otherwise ({@link CompletionRules}).
     */
    public java.util.Set<ApplicationSection> editableSections(ApplicationView application) {
        return completion.editableSections(application);
    }

    /**
     * The task list of an application: the sections its call version asks, each with its
     * status and what it lacks.
     */
    public TaskList taskList(ApplicationView application) {
        return taskLists.of(application);
    }

    /** The application list's rows: each application with how complete it is. */
    public List<ApplicationListItem> listItems(List<ApplicationView> applications) {
        Map<Long, TaskList> lists = taskLists.of(applications);
        return applications.stream().map(a -> new ApplicationListItem(a, Completeness.of(lists.get(a.id())))).toList();
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A partner's answer, given by a user of the co-applicant organisation: it confirms
     * its participation and co-financing as the application describes them, or declines
     * with a note saying why. Answered while the applicant can still change the
     * application; an answer can be changed until the application is submitted.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void answerAsPartner(long id, boolean confirm, @Nullable String note) {
        CurrentUser user = users.current();
        ApplicationView application = get(id);
        Long organisationId = user.organisationId();
        if (organisationId == null
                || application.coApplicants().stream().noneMatch(c -> c.organisationId() == organisationId)) {
            throw new DomainException("application.error.notAPartner");
        }
        if (!application.isEditable()) {
            throw new DomainException("application.error.partnerAnswerLocked");
        }
        if (!confirm && (note == null || note.isBlank())) {
            throw DomainException.onField("note", "application.error.declineNote");
        }
        if (note != null && note.length() > 2000) {
            throw DomainException.onField("note", "application.error.noteLength");
        }
        repository.answerAsPartner(id, organisationId, confirm, note, user.username(), clock.instant());
        audit.record(confirm ? "application.partnerConfirmed" : "application.partnerDeclined", "application", id,
                "organisation " + organisationId + (confirm ? "" : ": " + note));
    }

    /**
     * The applications the signed-in person's organisation is asked to confirm as a
     * partner, for their inbox.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<se.sif.shared.WorkItem> partnershipsToAnswer() {
        Long organisationId = users.current().organisationId();
        if (organisationId == null) {
            return List.of();
        }
        return byIds(repository.awaitingPartner(organisationId)).stream()
            .sorted(java.util.Comparator.comparing(ApplicationView::callDeadline).thenComparing(ApplicationView::id))
            .map(a -> new se.sif.shared.WorkItem(a.title(), a.applicantName(), "/applications/" + a.id(),
                    LocalDate.ofInstant(a.callDeadline(), Stockholm.ZONE)))
            .toList();
    }

    /**
     * Submits the application: complete, before the call's deadline (a completion is
     * answered whatever the call's deadline, since screening set its own), and registered
     * with a registration number.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public ApplicationView submit(long id, long expectedVersion) {
        ApplicationView application = ownEditable(id);
        if (application.version() != expectedVersion) {
            throw new ConcurrentEditException("application", id);
        }
        if (!application.status().canMoveTo(ApplicationStatus.SUBMITTED, ApplicationStatus.Step.SUBMIT)) {
            throw new DomainException("application.error.notEditable");
        }
        Instant now = clock.instant();
        if (application.status() == ApplicationStatus.DRAFT && !now.isBefore(application.callDeadline())) {
            throw new DomainException("application.error.deadlinePassed", Stockholm.ZONE.getId(),
                    application.callDeadline().atZone(Stockholm.ZONE).toLocalDateTime().toString().replace('T', ' '));
        }
        TaskList tasks = taskList(application);
        if (!tasks.complete()) {
            throw new IncompleteApplicationException(tasks.incomplete().stream().map(t -> t.section().name()).toList());
        }
        if (!application.partnersConfirmed()) {
            throw DomainException.onField("coApplicantIds", "application.error.partnersNotConfirmed",
                    String.join(", ",
                            application.coApplicants()
                                .stream()
                                .filter(c -> c.confirmation() != ApplicationView.Confirmation.CONFIRMED)
                                .map(ApplicationView.CoApplicant::name)
                                .toList()));
        }
        completion.answer(application, users.current().username(), now);
        String registrationNumber = application.registrationNumber() != null ? application.registrationNumber()
                : registrationNumbers.next(LocalDate.now(clock));
        if (!repository.markSubmitted(id, expectedVersion, now, registrationNumber)) {
            throw new ConcurrentEditException("application", id);
        }
        audit.record(
                application.status() == ApplicationStatus.DRAFT ? "application.submitted" : "application.completed",
                "application", id, registrationNumber);
        events.publishEvent(new ApplicationSubmitted(ApplicationId.of(id), se.sif.call.CallId.of(application.callId()),
                registrationNumber, now, application.status() != ApplicationStatus.DRAFT));
        sendReceipt(application, registrationNumber, now);
        return receipts.issue(load(id), application.status() == ApplicationStatus.COMPLETION_REQUESTED);
    }

    /**
     * The receipt to the person who submitted, in the language they use, queued in the
     * submission's transaction; nobody to write to without an e-mail address.
     */
    private void sendReceipt(ApplicationView application, String registrationNumber, Instant submittedAt) {
        CurrentUser submitter = users.current();
        LocalDate submitted = LocalDate.ofInstant(submittedAt, Stockholm.ZONE);
        // the expected handling time of the version the application was written against
        Integer handlingDays = calls.content(application.callId(), application.callVersion()).handlingDays();
        users.email(submitter.username())
            .ifPresent(address -> notifications.queue(
                    new Recipient(address, submitter.displayName(),
                            org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                    handlingDays == null ? "notification.receipt" : "notification.receiptWithAnswerDate",
                    registrationNumber, application.callTitle(), submitted, submitter.displayName(),
                    application.title(), handlingDays == null ? submitted : submitted.plusDays(handlingDays),
                    receipts.pageUrl(application.id())));
    }

    // --- moves made by screening and decision
    // -----------------------------------------------------

    /**
     * Screening's outcome moves a submitted application on; called inside screening's
     * transaction.
     */
    @Transactional
    public void screened(long id, ApplicationStatus next) {
        if (!ApplicationStatus.Step.SCREEN.leadsTo().contains(next)) {
            throw new IllegalArgumentException("screening cannot move an application to " + next);
        }
        move(id, ApplicationStatus.Step.SCREEN, next);
    }

    /** The board's decision closes an assessed application as granted or rejected. */
    @Transactional
    public void decided(long id, boolean granted) {
        move(id, ApplicationStatus.Step.DECIDE, granted ? ApplicationStatus.GRANTED : ApplicationStatus.REJECTED);
    }

    /**
     * Moves the application if the step may take it from its current state to {@code to}
     * ({@link ApplicationStatus#canMoveTo}); the update names the state it read, so a
     * concurrent move is refused too.
     */
    private void move(long id, ApplicationStatus.Step step, ApplicationStatus to) {
        ApplicationView application = load(id);
        boolean moved = application.status().canMoveTo(to, step) && repository.moveStatus(id, application.status(), to);
        if (!moved) {
            throw new DomainException("application.error.wrongState", application.registrationNumber(),
                    load(id).status().name());
        }
        audit.record("application.status", "application", id, to.name());
    }

    // --- rules
    // ------------------------------------------------------------------------------------

    private void validateShape(ApplicationContent content) {
        if (content.startDate() != null && content.endDate() != null
                && !content.endDate().isAfter(content.startDate())) {
            throw DomainException.onField("endDate", "application.error.endBeforeStart");
        }
        if (content.requestedAmountOre() != null && content.requestedAmountOre() <= 0) {
            throw DomainException.onField("requestedAmount", "application.error.amount");
        }
        for (Long organisationId : content.coApplicantIds() == null ? List.<Long>of() : content.coApplicantIds()) {
            if (!organisations.exists(organisationId)) {
                throw DomainException.onField("coApplicantIds", "application.error.unknownOrganisation");
            }
        }
        for (String text : new String[] { content.title(), content.targetGroup(), content.method(),
                content.definedEffect(), content.coFinancing(), content.continuation() }) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new DomainException("application.error.tooLong", MAX_TEXT);
            }
        }
    }

    private ApplicationView ownEditable(long id) {
        CurrentUser user = users.current();
        ApplicationView application = load(id);
        if (!ApplicationAccess.ofOwnOrganisation(user, application)) {
            throw new NotFoundException("application", id);
        }
        if (!application.status().editableByApplicant()) {
            throw new DomainException("application.error.notEditable");
        }
        return application;
    }

    private ApplicationView load(long id) {
        return repository.findById(id)
            .map(stored -> views(List.of(stored)).get(0))
            .orElseThrow(() -> new NotFoundException("application", id));
    }

    /**
     * Completes the stored applications with the call's title and deadline and the
     * organisations' names, asked of the modules that own them: one lookup each for the
     * whole list.
     */
    private List<ApplicationView> views(List<ApplicationRepository.Stored> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        Set<Long> organisationIds = new HashSet<>();
        stored.forEach(s -> {
            organisationIds.add(s.row().applicantOrganisationId());
            organisationIds.addAll(s.coApplicantIds());
        });
        Map<Long, Organisation> organisationsById = organisations.byIds(organisationIds);
        Map<Long, CallView> callsById = calls
            .byIds(stored.stream().map(s -> s.row().callId()).collect(Collectors.toSet()));
        return stored.stream().map(s -> {
            ApplicationRepository.Row r = s.row();
            CallView call = callsById.get(r.callId());
            List<ApplicationView.CoApplicant> coApplicants = s.partners()
                .stream()
                .map(p -> new ApplicationView.CoApplicant(p.organisationId(),
                        nameOf(organisationsById, p.organisationId()),
                        ApplicationView.Confirmation.valueOf(p.confirmation()), p.confirmationNote(), p.confirmedBy(),
                        p.confirmedAt()))
                .sorted(Comparator.comparing(ApplicationView.CoApplicant::name,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
            return new ApplicationView(r.id(), r.callId(), call.title(), call.deadline(), r.applicantOrganisationId(),
                    nameOf(organisationsById, r.applicantOrganisationId()), r.title(), r.targetGroup(), r.method(),
                    r.definedEffect(), r.coFinancing(), r.continuation(), r.startDate(), r.endDate(),
                    r.requestedAmountOre(), coApplicants, ApplicationStatus.valueOf(r.status()), r.registrationNumber(),
                    r.submittedAt(), r.invented(), r.version(), r.callVersion(), repository.answers(r.answers()),
                    call.content().preStudy(), r.preStudyId());
        }).toList();
    }

    private static String nameOf(Map<Long, Organisation> organisations, long id) {
        Organisation organisation = organisations.get(id);
        return organisation == null ? null : organisation.name();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

}
