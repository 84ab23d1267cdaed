package se.sif.application;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.call.CallView;
import se.sif.call.Calls;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;
import se.sif.identity.Users;
import se.sif.organisation.Organisation;
import se.sif.organisation.Organisations;
import se.sif.shared.Stockholm;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;
import se.sif.shared.RegistrationNumbers;

/**
 * The application's rules: who may see and edit it, what a complete application contains,
 * the call's deadline, and the legal moves between states. Every change checks the
 * version the user loaded, so a second editor's save is refused instead of silently
 * overwriting the first.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

    static final int MAX_TEXT = 8000;

    private final JdbcClient jdbc;

    private final Calls calls;

    private final Organisations organisations;

    private final Users users;

    private final AuditTrail audit;

    private final RegistrationNumbers registrationNumbers;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Applications(JdbcClient jdbc, Calls calls, Organisations organisations, Users users, AuditTrail audit,
            RegistrationNumbers registrationNumbers, Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.calls = calls;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.registrationNumbers = registrationNumbers;
    }

    // --- reading
    // ------------------------------------------------------------------------------------

    /**
     * One application, if the current user may see it; otherwise it does not exist for
     * them.
     */
    public ApplicationView get(long id) {
        ApplicationView application = load(id);
        if (!canSee(users.current(), application)) {
            throw new NotFoundException("application", id);
        }
        return application;
    }

    /**
     * For modules that have already decided the user may see it (the assessment panel).
     */
    public ApplicationView getWithoutVisibilityCheck(long id) {
        return load(id);
    }

    /** The applications the current user may see, optionally for one call. */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN', 'APPLICANT')")
    public List<ApplicationView> visible(Long callId) {
        CurrentUser user = users.current();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (callId != null) {
            where.append(" and a.call_id = :call");
        }
        if (user.is(Role.APPLICANT)) {
            where.append(" and a.applicant_organisation_id = :org");
        }
        else {
            where.append(" and a.status <> 'DRAFT'");
        }
        var statement = jdbc.sql(SELECT + where + " order by a.call_id desc, a.registration_number nulls first, a.id");
        if (callId != null) {
            statement = statement.param("call", callId);
        }
        if (user.is(Role.APPLICANT)) {
            statement = statement.param("org", user.organisationId() == null ? -1 : user.organisationId());
        }
        return withCoApplicants(statement.query(Row.class).list());
    }

    /**
     * What the application list can be narrowed to: a call, a state, and words in the
     * title or registration number.
     */
    public record Filter(Long callId, ApplicationStatus status, String text) {
    }

    /**
     * The application list's sort keys, each mapped to its column here (never taken from
     * the request).
     */
    public static final java.util.Set<String> SORTS = java.util.Set.of("number", "title", "applicant", "call", "amount",
            "status", "submitted");

    private static final Map<String, String> SORT_COLUMNS = Map.of("number", "a.registration_number", "title",
            "lower(a.title)", "amount", "a.requested_amount_ore", "status", "a.status", "submitted", "a.submitted_at");

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
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN', 'APPLICANT')")
    public se.sif.shared.ListPage<ApplicationView> list(Filter filter, se.sif.shared.ListQuery asked) {
        se.sif.shared.ListQuery query = asked.sortedBy(SORTS, "submitted", true);
        CurrentUser user = users.current();
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (user.is(Role.APPLICANT)) {
            where.append(" and a.applicant_organisation_id = :org");
            params.put("org", user.organisationId() == null ? -1 : user.organisationId());
        }
        else {
            where.append(" and a.status <> 'DRAFT'");
        }
        if (filter.callId() != null) {
            where.append(" and a.call_id = :call");
            params.put("call", filter.callId());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (a.title ilike :text or a.registration_number ilike :text)");
            params.put("text",
                    "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (NAME_SORTS.containsKey(query.sort())) {
            return query.apply(withCoApplicants(jdbc.sql(SELECT + where).params(params).query(Row.class).list()),
                    NAME_SORTS);
        }
        long total = jdbc.sql("select count(*) from application a" + where).params(params).query(Long.class).single();
        List<ApplicationView> rows = withCoApplicants(jdbc
            .sql(SELECT + where + " order by " + query.orderBy(SORT_COLUMNS, "a.id") + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.pageSize())
            .param("offset", query.offset())
            .query(Row.class)
            .list());
        return new se.sif.shared.ListPage<>(rows, total, query);
    }

    /** Applications in the given states, for the screening and assessment work lists. */
    public List<ApplicationView> inStatus(Collection<ApplicationStatus> statuses) {
        return withCoApplicants(jdbc.sql(SELECT + " where a.status in (:statuses) order by a.call_id desc, a.id")
            .param("statuses", statuses.stream().map(Enum::name).toList())
            .query(Row.class)
            .list());
    }

    public List<ApplicationView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withCoApplicants(jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query(Row.class).list());
    }

    /** Number of applications per state (drafts excluded), for the fund overview. */
    public Map<ApplicationStatus, Long> countByStatus(Long callId) {
        record Count(String status, long count) {
        }
        return jdbc
            .sql("select status, count(*) as count from application where status <> 'DRAFT'"
                    + (callId == null ? "" : " and call_id = :call") + " group by status")
            .params(callId == null ? Map.of() : Map.of("call", callId))
            .query(Count.class)
            .list()
            .stream()
            .collect(Collectors.toMap(c -> ApplicationStatus.valueOf(c.status()), Count::count));
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
        return withCoApplicants(jdbc.sql(SELECT + " where a.status = 'DRAFT' and a.applicant_organisation_id = :org")
            .param("org", organisation)
            .query(Row.class)
            .list()).stream()
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
        CallView call = calls.get(callId);
        if (!call.isOpenAt(clock.instant())) {
            throw new DomainException("application.error.callClosed", call.title());
        }
        if (user.organisationId() == null) {
            throw new DomainException("application.error.noOrganisation");
        }
        long id = jdbc.sql("""
                insert into application (call_id, applicant_organisation_id, created_by, title, status)
                values (:call, :org, :by, :title, 'DRAFT') returning id""")
            .param("call", callId)
            .param("org", user.organisationId())
            .param("by", user.username())
            .param("title", call.title())
            .query(Long.class)
            .single();
        audit.record("application.started", "application", id, null);
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void update(long id, long expectedVersion, ApplicationContent content) {
        ApplicationView application = ownEditable(id);
        validateShape(content);
        int updated = jdbc.sql("""
                update application set title = :title, target_group = :targetGroup, method = :method,
                    defined_effect = :definedEffect, co_financing = :coFinancing, continuation = :continuation,
                    start_date = :startDate, end_date = :endDate, requested_amount_ore = :amount,
                    version = version + 1
                where id = :id and version = :version""")
            .param("title", blankToNull(content.title()) == null ? application.title() : content.title().strip())
            .param("targetGroup", blankToNull(content.targetGroup()))
            .param("method", blankToNull(content.method()))
            .param("definedEffect", blankToNull(content.definedEffect()))
            .param("coFinancing", blankToNull(content.coFinancing()))
            .param("continuation", blankToNull(content.continuation()))
            .param("startDate", content.startDate())
            .param("endDate", content.endDate())
            .param("amount", content.requestedAmountOre())
            .param("id", id)
            .param("version", expectedVersion)
            .update();
        if (updated == 0) {
            throw new ConcurrentEditException("application", id);
        }
        jdbc.sql("delete from application_co_applicant where application_id = :id").param("id", id).update();
        for (Long organisationId : new LinkedHashSet<>(
                content.coApplicantIds() == null ? List.of() : content.coApplicantIds())) {
            jdbc.sql("insert into application_co_applicant (application_id, organisation_id) values (:id, :org)")
                .param("id", id)
                .param("org", organisationId)
                .update();
        }
        audit.record("application.saved", "application", id, null);
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
        List<String> missing = missingFields(application);
        if (!missing.isEmpty()) {
            throw new IncompleteApplicationException(missing);
        }
        String registrationNumber = application.registrationNumber() != null ? application.registrationNumber()
                : registrationNumbers.next(LocalDate.now(clock));
        int updated = jdbc.sql("""
                update application set status = 'SUBMITTED', submitted_at = :now, registration_number = :reg,
                    version = version + 1
                where id = :id and version = :version""")
            .param("now", Timestamp.from(now))
            .param("reg", registrationNumber)
            .param("id", id)
            .param("version", expectedVersion)
            .update();
        if (updated == 0) {
            throw new ConcurrentEditException("application", id);
        }
        audit.record(
                application.status() == ApplicationStatus.DRAFT ? "application.submitted" : "application.completed",
                "application", id, registrationNumber);
        events.publishEvent(new ApplicationSubmitted(id, application.callId(), registrationNumber, now,
                application.status() != ApplicationStatus.DRAFT));
        return load(id);
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
        int updated = !application.status().canMoveTo(to, step) ? 0
                : jdbc.sql("""
                        update application set status = :to, version = version + 1
                        where id = :id and status = :from""")
                    .param("to", to.name())
                    .param("id", id)
                    .param("from", application.status().name())
                    .update();
        if (updated == 0) {
            throw new DomainException("application.error.wrongState", application.registrationNumber(),
                    load(id).status().name());
        }
        audit.record("application.status", "application", id, to.name());
    }

    // --- rules
    // ------------------------------------------------------------------------------------

    /** Names of the fields a complete application must have and this one lacks. */
    static List<String> missingFields(ApplicationView a) {
        List<String> missing = new ArrayList<>();
        if (isBlank(a.title()))
            missing.add("title");
        if (isBlank(a.targetGroup()))
            missing.add("targetGroup");
        if (isBlank(a.method()))
            missing.add("method");
        if (isBlank(a.definedEffect()))
            missing.add("definedEffect");
        if (isBlank(a.coFinancing()))
            missing.add("coFinancing");
        if (isBlank(a.continuation()))
            missing.add("continuation");
        if (a.startDate() == null)
            missing.add("startDate");
        if (a.endDate() == null)
            missing.add("endDate");
        if (a.requestedAmountOre() == null)
            missing.add("requestedAmount");
        if (a.coApplicants().isEmpty())
            missing.add("coApplicantIds");
        return missing;
    }

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
        if (!user.is(Role.APPLICANT) || user.organisationId() == null
                || user.organisationId() != application.applicantOrganisationId()) {
            throw new NotFoundException("application", id);
        }
        if (!application.status().editableByApplicant()) {
            throw new DomainException("application.error.notEditable");
        }
        return application;
    }

    static boolean canSee(CurrentUser user, ApplicationView application) {
        return switch (user.role()) {
            case APPLICANT ->
                user.organisationId() != null && user.organisationId() == application.applicantOrganisationId();
            case OFFICER, STEERING, BOARD, ADMIN -> application.status() != ApplicationStatus.DRAFT;
            case ASSESSOR, PROJECT_LEADER -> false;
        };
    }

    private ApplicationView load(long id) {
        return withCoApplicants(jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Row.class).list()).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("application", id));
    }

    private static final String SELECT = """
            select a.id, a.call_id, a.applicant_organisation_id, a.title, a.target_group, a.method, a.defined_effect,
                   a.co_financing, a.continuation, a.start_date, a.end_date, a.requested_amount_ore, a.status,
                   a.registration_number, a.submitted_at, a.invented, a.version
            from application a""";

    record Row(long id, long callId, long applicantOrganisationId, String title, String targetGroup, String method,
            String definedEffect, String coFinancing, String continuation, LocalDate startDate, LocalDate endDate,
            Long requestedAmountOre, String status, String registrationNumber, Instant submittedAt, boolean invented,
            long version) {
    }

    /**
     * Completes the rows with their co-applicants, and with the call's title and deadline
     * and the organisations' names asked of the modules that own them: one lookup each
     * for the whole list.
     */
    private List<ApplicationView> withCoApplicants(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        record Co(long applicationId, long organisationId) {
        }
        List<Co> co = jdbc
            .sql("select application_id, organisation_id from application_co_applicant where application_id in (:ids)")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(Co.class)
            .list();
        Set<Long> organisationIds = new HashSet<>();
        rows.forEach(r -> organisationIds.add(r.applicantOrganisationId()));
        co.forEach(c -> organisationIds.add(c.organisationId()));
        Map<Long, Organisation> organisationsById = organisations.byIds(organisationIds);
        Map<Long, CallView> callsById = calls.byIds(rows.stream().map(Row::callId).collect(Collectors.toSet()));
        Map<Long, List<ApplicationView.CoApplicant>> coApplicants = co.stream()
            .map(c -> Map.entry(c.applicationId(),
                    new ApplicationView.CoApplicant(c.organisationId(), nameOf(organisationsById, c.organisationId()))))
            .sorted(Comparator.comparing((Map.Entry<Long, ApplicationView.CoApplicant> e) -> e.getValue().name(),
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .collect(Collectors.groupingBy(Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> {
            CallView call = callsById.get(r.callId());
            return new ApplicationView(r.id(), r.callId(), call.title(), call.deadline(), r.applicantOrganisationId(),
                    nameOf(organisationsById, r.applicantOrganisationId()), r.title(), r.targetGroup(), r.method(),
                    r.definedEffect(), r.coFinancing(), r.continuation(), r.startDate(), r.endDate(),
                    r.requestedAmountOre(), coApplicants.getOrDefault(r.id(), List.of()),
                    ApplicationStatus.valueOf(r.status()), r.registrationNumber(), r.submittedAt(), r.invented(),
                    r.version());
        }).toList();
    }

    private static String nameOf(Map<Long, Organisation> organisations, long id) {
        Organisation organisation = organisations.get(id);
        return organisation == null ? null : organisation.name();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

}
