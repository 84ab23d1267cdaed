package se.sif.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls' SQL: {@code funding_call} (the header: fund, state, current version) and
 * {@code call_version} (every saved content, append-only), read and written only here.
 */
@Repository
class CallRepository {

    private static final String SELECT = """
            select c.id, c.fund_id, c.status, c.content_version, c.copied_from, c.version, c.created_by, c.created_at,
                   v.title, v.purpose, v.focus, v.description, v.budget_ceiling_ore, v.min_amount_ore, v.max_amount_ore,
                   v.earliest_start, v.latest_end, v.max_months, v.opens_at, v.closes_at, v.handling_days,
                   v.eligibility::text as eligibility, v.criteria::text as criteria,
                   v.triage_checklist::text as triage_checklist, v.kind
            from funding_call c join call_version v on v.call_id = c.id and v.version_no = c.content_version""";

    /** A call as stored, with its current content. */
    record Row(long id, long fundId, CallStatus.Stored status, int contentVersion, @Nullable Long copiedFrom,
            long version, String createdBy, Instant createdAt, CallContent content) {
    }

    private final JdbcClient jdbc;

    private final JsonMapper json;

    CallRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every call, the latest closing time first. */
    List<Row> findAll() {
        return jdbc.sql(SELECT + " order by v.closes_at desc, c.id desc").query(this::row).list();
    }

    Optional<Row> findById(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::row).optional();
    }

    /** The calls with these ids; unknown ids are left out. */
    List<Row> findByIds(Collection<Long> ids) {
        return jdbc.sql(SELECT + " where c.id in (:ids)").param("ids", ids).query(this::row).list();
    }

    /** One saved content of a call. */
    Optional<CallContent> content(long callId, int versionNo) {
        return jdbc.sql("""
                select title, purpose, focus, description, budget_ceiling_ore, min_amount_ore, max_amount_ore,
                       earliest_start, latest_end, max_months, opens_at, closes_at, handling_days,
                       eligibility::text as eligibility, criteria::text as criteria,
                       triage_checklist::text as triage_checklist, kind
                from call_version where call_id = :id and version_no = :no""")
            .param("id", callId)
            .param("no", versionNo)
            .query((rs, n) -> content(rs))
            .optional();
    }

    /** Stores a new draft with its first content and answers its id. */
    long insert(long fundId, CallContent content, @Nullable Long copiedFrom, String createdBy) {
        long id = jdbc.sql("""
                insert into funding_call (fund_id, title, description, deadline, budget_ceiling_ore, created_by,
                                          status, opens_at, content_version, copied_from)
                values (:fund, :title, :description, :deadline, :ceiling, :by, 'DRAFT', :opens, 1, :copiedFrom)
                returning id""")
            .param("fund", fundId)
            .param("title", content.title())
            .param("description", content.description())
            .param("deadline", Timestamp.from(content.closesAt()))
            .param("ceiling", content.budgetCeilingOre())
            .param("by", createdBy)
            .param("opens", timestamp(content.opensAt()))
            .param("copiedFrom", copiedFrom)
            .query(Long.class)
            .single();
        insertVersion(id, 1, content, createdBy);
        return id;
    }

    /**
     * Makes {@code content} the call's next version, if the call is still at the version
     * the user read; answers the new version's number, or empty when someone else saved
     * in between.
     */
    Optional<Integer> revise(long id, long readVersion, CallContent content, String by) {
        Optional<Integer> next = jdbc.sql("""
                update funding_call set content_version = content_version + 1, version = version + 1,
                       title = :title, description = :description, deadline = :deadline,
                       budget_ceiling_ore = :ceiling, opens_at = :opens
                where id = :id and version = :read and status <> 'ARCHIVED' returning content_version""")
            .param("id", id)
            .param("read", readVersion)
            .param("title", content.title())
            .param("description", content.description())
            .param("deadline", Timestamp.from(content.closesAt()))
            .param("ceiling", content.budgetCeilingOre())
            .param("opens", timestamp(content.opensAt()))
            .query(Integer.class)
            .optional();
        next.ifPresent(no -> insertVersion(id, no, content, by));
        return next;
    }

    /** Moves the stored state, if the call is still at the version the user read. */
    boolean moveStatus(long id, long readVersion, CallStatus.Stored from, CallStatus.Stored to) {
        return jdbc.sql("""
                update funding_call set status = :to, version = version + 1
                where id = :id and version = :read and status = :from""")
            .param("id", id)
            .param("read", readVersion)
            .param("from", from.name())
            .param("to", to.name())
            .update() == 1;
    }

    private void insertVersion(long id, int no, CallContent content, String by) {
        jdbc.sql("""
                insert into call_version (call_id, version_no, title, purpose, focus, description, budget_ceiling_ore,
                       min_amount_ore, max_amount_ore, earliest_start, latest_end, max_months, opens_at, closes_at,
                       handling_days, eligibility, criteria, triage_checklist, kind, created_by)
                values (:id, :no, :title, :purpose, :focus, :description, :ceiling, :min, :max, :earliest, :latest,
                        :months, :opens, :closes, :handling, cast(:eligibility as jsonb), cast(:criteria as jsonb),
                        cast(:triage as jsonb), :kind, :by)""")
            .param("id", id)
            .param("no", no)
            .param("title", content.title())
            .param("purpose", content.purpose())
            .param("focus", content.focus())
            .param("description", content.description())
            .param("ceiling", content.budgetCeilingOre())
            .param("min", content.minAmountOre())
            .param("max", content.maxAmountOre())
            .param("earliest", content.earliestStart())
            .param("latest", content.latestEnd())
            .param("months", content.maxMonths())
            .param("opens", timestamp(content.opensAt()))
            .param("closes", Timestamp.from(content.closesAt()))
            .param("handling", content.handlingDays())
            .param("eligibility", json.writeValueAsString(content.eligibility()))
            .param("criteria", json.writeValueAsString(content.projectTypes()))
            .param("triage", json.writeValueAsString(content.triageChecklist()))
            .param("kind", content.kind().name())
            .param("by", by)
            .update();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("fund_id"), CallStatus.Stored.valueOf(rs.getString("status")),
                rs.getInt("content_version"), rs.getObject("copied_from", Long.class), rs.getLong("version"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), content(rs));
    }

    private CallContent content(ResultSet rs) throws SQLException {
        String eligibility = rs.getString("eligibility");
        String criteria = rs.getString("criteria");
        String triage = rs.getString("triage_checklist");
        Timestamp opens = rs.getTimestamp("opens_at");
        return new CallContent(rs.getString("title"), rs.getString("purpose"), rs.getString("focus"),
                rs.getString("description"), rs.getLong("budget_ceiling_ore"),
                rs.getObject("min_amount_ore", Long.class), rs.getObject("max_amount_ore", Long.class),
                rs.getObject("earliest_start", LocalDate.class), rs.getObject("latest_end", LocalDate.class),
                rs.getObject("max_months", Integer.class), opens == null ? null : opens.toInstant(),
                rs.getTimestamp("closes_at").toInstant(), rs.getObject("handling_days", Integer.class),
                eligibility == null ? CallContent.Eligibility.USUAL
                        : json.readValue(eligibility, CallContent.Eligibility.class),
                criteria == null ? Criteria.usual() : json.readValue(criteria, CRITERIA),
                triage == null ? Criteria.TABLE_2 : json.readValue(triage, CHECKLIST),
                CallContent.Kind.valueOf(rs.getString("kind")));
    }

    private static final TypeReference<Map<ProjectType, Criteria>> CRITERIA = new TypeReference<>() {
    };

    private static final TypeReference<List<String>> CHECKLIST = new TypeReference<>() {
    };

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

}
