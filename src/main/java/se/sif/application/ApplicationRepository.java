package se.sif.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sif.shared.ListQuery;

/**
 * The applications' SQL: {@code application} and {@code application_co_applicant}, read
 * and written only here. Updates name the version (or the state) they read and answer
 * whether a row changed, so the service can refuse a concurrent change.
 */
@Repository
class ApplicationRepository {

    private static final String SELECT = """
            select a.id, a.call_id, a.applicant_organisation_id, a.title, a.target_group, a.method, a.defined_effect,
                   a.co_financing, a.continuation, a.start_date, a.end_date, a.requested_amount_ore, a.status,
                   a.registration_number, a.submitted_at, a.invented, a.version, a.call_version, a.answers::text as answers,
                   a.pre_study_id
            from application a""";

    /** The list's sort keys that are columns here (the others are sorted in memory). */
    private static final Map<String, String> SORT_COLUMNS = Map.of("number", "a.registration_number", "title",
            "lower(a.title)", "amount", "a.requested_amount_ore", "status", "a.status", "submitted", "a.submitted_at");

    /** An application as stored. */
    /**
     * Maps a row by the result's column names: the record mapper of
     * {@code query(Row.class)} looks each camelCase component up as a column first and
     * pays a driver exception per component and row before it tries the underscored name
     * — most of the time of a list of hundreds of applications.
     */
    private static final org.springframework.jdbc.core.RowMapper<Row> ROWS = new org.springframework.jdbc.core.DataClassRowMapper<>(
            Row.class);

    record Row(long id, long callId, long applicantOrganisationId, String title, String targetGroup, String method,
            String definedEffect, String coFinancing, String continuation, LocalDate startDate, LocalDate endDate,
            Long requestedAmountOre, String status, String registrationNumber, Instant submittedAt, boolean invented,
            long version, int callVersion, String answers, @Nullable Long preStudyId) {
    }

    /** A co-applicant and its answer. */
    record Partner(long applicationId, long organisationId, String confirmation, @Nullable String confirmationNote,
            @Nullable String confirmedBy, @Nullable Instant confirmedAt) {
    }

    /** An application with its co-applicants, in the order stored. */
    record Stored(Row row, List<Partner> partners) {

        List<Long> coApplicantIds() {
            return partners.stream().map(Partner::organisationId).toList();
        }
    }

    private final JdbcClient jdbc;

    private final tools.jackson.databind.json.JsonMapper json;

    ApplicationRepository(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // --- reading
    // ------------------------------------------------------------------------------------

    Optional<Stored> findById(long id) {
        return withCoApplicants(jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ROWS).list()).stream()
            .findFirst();
    }

    List<Stored> findByIds(Collection<Long> ids) {
        return withCoApplicants(jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query(ROWS).list());
    }

    /** Applications in the given states, the newest call first. */
    List<Stored> findInStatus(Collection<ApplicationStatus> statuses) {
        return withCoApplicants(jdbc.sql(SELECT + " where a.status in (:statuses) order by a.call_id desc, a.id")
            .param("statuses", statuses.stream().map(Enum::name).toList())
            .query(ROWS)
            .list());
    }

    List<Stored> findInCallAndStatus(long callId, Collection<ApplicationStatus> statuses) {
        return withCoApplicants(jdbc.sql(SELECT + " where a.call_id = :call and a.status in (:statuses) order by a.id")
            .param("call", callId)
            .param("statuses", statuses.stream().map(Enum::name).toList())
            .query(ROWS)
            .list());
    }

    /**
     * The applications in the scope, optionally of one call: the newest call first, then
     * by registration number (drafts, without one, first).
     */
    List<Stored> findInScope(ApplicationAccess.Scope scope, @Nullable Long callId) {
        Where where = where(scope, new Applications.Filter(callId, null, null), Set.of());
        return withCoApplicants(
                jdbc.sql(SELECT + where.sql() + " order by a.call_id desc, a.registration_number nulls first, a.id")
                    .params(where.params())
                    .query(ROWS)
                    .list());
    }

    /** Every application in the scope that the filter matches, unsorted. */
    List<Stored> findMatching(ApplicationAccess.Scope scope, Applications.Filter filter, Set<Long> applicants) {
        Where where = where(scope, filter, applicants);
        return withCoApplicants(jdbc.sql(SELECT + where.sql()).params(where.params()).query(ROWS).list());
    }

    long countMatching(ApplicationAccess.Scope scope, Applications.Filter filter, Set<Long> applicants) {
        Where where = where(scope, filter, applicants);
        return jdbc.sql("select count(*) from application a" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    }

    /** One page of the applications in the scope that the filter matches. */
    List<Stored> findPage(ApplicationAccess.Scope scope, Applications.Filter filter, Set<Long> applicants,
            ListQuery query) {
        Where where = where(scope, filter, applicants);
        return withCoApplicants(jdbc
            .sql(SELECT + where.sql() + " order by " + query.orderBy(SORT_COLUMNS, "a.id")
                    + " limit :limit offset :offset")
            .params(where.params())
            .param("limit", query.pageSize())
            .param("offset", query.offset())
            .query(ROWS)
            .list());
    }

    /** Every application {@link #findPage} pages through, in its order. */
    List<Stored> findSorted(ApplicationAccess.Scope scope, Applications.Filter filter, Set<Long> applicants,
            ListQuery query) {
        Where where = where(scope, filter, applicants);
        return withCoApplicants(jdbc.sql(SELECT + where.sql() + " order by " + query.orderBy(SORT_COLUMNS, "a.id"))
            .params(where.params())
            .query(ROWS)
            .list());
    }

    /**
     * A call's applications per state, drafts included, with the amount asked for in each
     * state: one query for the statistics.
     */
    List<StateCount> countPerState(long callId) {
        return jdbc.sql("""
                select status, count(*) as applications, coalesce(sum(requested_amount_ore), 0) as requested_ore
                from application where call_id = :call group by status""")
            .param("call", callId)
            .query(StateCount.class)
            .list();
    }

    record StateCount(String status, long applications, long requestedOre) {
    }

    /** The sort keys {@link #findPage} sorts by in SQL. */
    static boolean sortsInSql(String sort) {
        return SORT_COLUMNS.containsKey(sort);
    }

    /** Number of applications per state, drafts excluded, optionally of one call. */
    Map<ApplicationStatus, Long> countByStatus(@Nullable Long callId) {
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

    /** The organisation's drafts. */
    List<Stored> findDrafts(long organisationId) {
        return withCoApplicants(jdbc.sql(SELECT + " where a.status = 'DRAFT' and a.applicant_organisation_id = :org")
            .param("org", organisationId)
            .query(ROWS)
            .list());
    }

    // --- writing
    // ------------------------------------------------------------------------------------

    /** Stores a new draft and answers its id. */
    long insertDraft(long callId, int callVersion, long organisationId, String createdBy, String title,
            @Nullable Long preStudyId) {
        return jdbc.sql("""
                insert into application (call_id, call_version, applicant_organisation_id, created_by, title, status,
                                         pre_study_id)
                values (:call, :callVersion, :org, :by, :title, 'DRAFT', :preStudy) returning id""")
            .param("preStudy", preStudyId)
            .param("call", callId)
            .param("callVersion", callVersion)
            .param("org", organisationId)
            .param("by", createdBy)
            .param("title", title)
            .query(Long.class)
            .single();
    }

    /** The applications that grew out of a pre-study, the first started first. */
    List<Long> grownOutOf(long preStudyId) {
        return jdbc.sql("select id from application where pre_study_id = :id order by id")
            .param("id", preStudyId)
            .query(Long.class)
            .list();
    }

    /**
     * Writes the content and the structured answers if the application still has the
     * version read; blank texts are stored as empty (null).
     */
    boolean update(long id, long expectedVersion, String title, ApplicationContent content,
            ApplicationAnswers answers) {
        return jdbc.sql("""
                update application set title = :title, target_group = :targetGroup, method = :method,
                    defined_effect = :definedEffect, co_financing = :coFinancing, continuation = :continuation,
                    start_date = :startDate, end_date = :endDate, requested_amount_ore = :amount,
                    answers = cast(:answers as jsonb), version = version + 1
                where id = :id and version = :version""")
            .param("title", title)
            .param("targetGroup", blankToNull(content.targetGroup()))
            .param("method", blankToNull(content.method()))
            .param("definedEffect", blankToNull(content.definedEffect()))
            .param("coFinancing", blankToNull(content.coFinancing()))
            .param("continuation", blankToNull(content.continuation()))
            .param("startDate", content.startDate())
            .param("endDate", content.endDate())
            .param("amount", content.requestedAmountOre())
            .param("answers", json.writeValueAsString(answers))
            .param("id", id)
            .param("version", expectedVersion)
            .update() > 0;
    }

    ApplicationAnswers answers(String stored) {
        return stored == null || stored.equals("{}") ? ApplicationAnswers.EMPTY
                : json.readValue(stored, ApplicationAnswers.class);
    }

    /**
     * Makes these organisations the co-applicants: a partner that stays keeps its
     * confirmation, a new one is asked, a removed one goes.
     */
    void replaceCoApplicants(long id, Collection<Long> organisationIds) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(organisationIds));
        jdbc.sql(
                "delete from application_co_applicant where application_id = :id and not (organisation_id = any(:orgs))")
            .param("id", id)
            .param("orgs", wanted.toArray(Long[]::new))
            .update();
        for (Long organisationId : wanted) {
            jdbc.sql("""
                    insert into application_co_applicant (application_id, organisation_id) values (:id, :org)
                    on conflict do nothing""").param("id", id).param("org", organisationId).update();
        }
    }

    /**
     * Asks every partner again, e.g. when the co-financing they confirmed was rewritten.
     */
    void askPartnersAgain(long id) {
        jdbc.sql("""
                update application_co_applicant set confirmation = 'PENDING', confirmation_note = null,
                       confirmed_by = null, confirmed_at = null
                where application_id = :id""").param("id", id).update();
    }

    /**
     * Records a partner's answer, if the organisation is a co-applicant of the
     * application. Answers whether it is.
     */
    boolean answerAsPartner(long id, long organisationId, boolean confirmed, @Nullable String note, String by,
            Instant at) {
        return jdbc.sql("""
                update application_co_applicant set confirmation = :answer, confirmation_note = :note,
                       confirmed_by = :by, confirmed_at = :at
                where application_id = :id and organisation_id = :org""")
            .param("answer", confirmed ? "CONFIRMED" : "DECLINED")
            .param("note", blankToNull(note))
            .param("by", by)
            .param("at", java.sql.Timestamp.from(at))
            .param("id", id)
            .param("org", organisationId)
            .update() == 1;
    }

    /**
     * The applications an organisation is a partner of and has not answered yet, while
     * the applicant can still change them.
     */
    List<Long> awaitingPartner(long organisationId) {
        return jdbc.sql("""
                select c.application_id from application_co_applicant c join application a on a.id = c.application_id
                where c.organisation_id = :org and c.confirmation = 'PENDING'
                  and a.status in ('DRAFT', 'COMPLETION_REQUESTED')
                order by c.application_id""").param("org", organisationId).query(Long.class).list();
    }

    /**
     * Marks the application submitted, if it still has the version read. Answers whether
     * it did.
     */
    boolean markSubmitted(long id, long expectedVersion, Instant at, String registrationNumber) {
        return jdbc.sql("""
                update application set status = 'SUBMITTED', submitted_at = :now, registration_number = :reg,
                    version = version + 1
                where id = :id and version = :version""")
            .param("now", Timestamp.from(at))
            .param("reg", registrationNumber)
            .param("id", id)
            .param("version", expectedVersion)
            .update() > 0;
    }

    /**
     * Moves the application to {@code to} if it is still in the state read. Answers
     * whether it did.
     */
    boolean moveStatus(long id, ApplicationStatus from, ApplicationStatus to) {
        return jdbc.sql("""
                update application set status = :to, version = version + 1
                where id = :id and status = :from""")
            .param("to", to.name())
            .param("id", id)
            .param("from", from.name())
            .update() > 0;
    }

    // --- mapping
    // ------------------------------------------------------------------------------------

    private record Where(String sql, Map<String, Object> params) {
    }

    /**
     * {@code applicants}: the organisations whose name holds the filter's text, found by
     * the organisation module.
     */
    private static Where where(ApplicationAccess.Scope scope, Applications.Filter filter, Set<Long> applicants) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        switch (scope.kind()) {
            case ORGANISATION -> {
                where.append(" and a.applicant_organisation_id = :org");
                params.put("org", scope.organisationId());
            }
            case NOT_DRAFT -> where.append(" and a.status <> 'DRAFT'");
            case NONE -> where.append(" and false");
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
            where.append(" and (a.title ilike :text or a.registration_number ilike :text");
            if (!applicants.isEmpty()) {
                where.append(" or a.applicant_organisation_id in (:applicants)");
                params.put("applicants", applicants);
            }
            where.append(")");
            params.put("text",
                    "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(where.toString(), params);
    }

    /** The rows with their co-applicants: one query for the whole list. */
    private List<Stored> withCoApplicants(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Partner>> coApplicants = new LinkedHashMap<>();
        jdbc.sql(
                """
                        select application_id, organisation_id, confirmation, confirmation_note, confirmed_by, confirmed_at
                        from application_co_applicant where application_id in (:ids) order by application_id, organisation_id""")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(Partner.class)
            .list()
            .forEach(c -> coApplicants.computeIfAbsent(c.applicationId(), k -> new ArrayList<>()).add(c));
        return rows.stream()
            .map(r -> new Stored(r, List.copyOf(coApplicants.getOrDefault(r.id(), List.of()))))
            .toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
