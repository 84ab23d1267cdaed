package se.sif.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sif.shared.Actor;

/**
 * Records events in the caller's transaction, so an audited change and its audit row
 * commit or roll back together. Rows are immutable (a database trigger refuses update and
 * delete).
 */
@Service
public class AuditTrail {

    public record AuditEvent(long id, Instant occurredAt, String actor, String action, String subjectType,
            Long subjectId, String details) {
    }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, @Nullable Long subjectId, @Nullable String details) {
        jdbc.sql("""
                insert into audit_event (actor, action, subject_type, subject_id, details)
                values (:actor, :action, :subjectType, :subjectId, :details)""")
            .param("actor", Actor.name())
            .param("action", action)
            .param("subjectType", subjectType)
            .param("subjectId", subjectId)
            .param("details", details)
            .update();
    }

    /**
     * What the event log can be narrowed to: who acted, what kind of event (its start),
     * which kind of subject.
     */
    public record Filter(String actor, String action, String subjectType) {
    }

    /**
     * The sort keys of the event log, each mapped to its own column here (never taken
     * from the request).
     */
    public static final java.util.Set<String> SORTS = java.util.Set.of("when", "who", "what", "subject");

    private static final java.util.Map<String, String> SORT_COLUMNS = java.util.Map.of("when", "occurred_at", "who",
            "actor", "what", "action", "subject", "subject_type");

    /**
     * One page of the event log, filtered and sorted; the newest first unless asked
     * otherwise.
     */
    @Transactional(readOnly = true)
    public se.sif.shared.ListPage<AuditEvent> list(Filter filter, se.sif.shared.ListQuery asked) {
        se.sif.shared.ListQuery query = asked.sortedBy(SORTS, "when", true);
        String where = """
                where (cast(:actor as text) is null or actor = :actor)
                  and (cast(:action as text) is null or action like :action || '%')
                  and (cast(:subjectType as text) is null or subject_type = :subjectType)""";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("actor", blankToNull(filter.actor()));
        params.put("action", blankToNull(filter.action()));
        params.put("subjectType", blankToNull(filter.subjectType()));
        long total = jdbc.sql("select count(*) from audit_event " + where).params(params).query(Long.class).single();
        List<AuditEvent> events = jdbc
            .sql("select * from audit_event " + where + " order by " + query.orderBy(SORT_COLUMNS, "id")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.pageSize())
            .param("offset", query.offset())
            .query(AuditEvent.class)
            .list();
        return new se.sif.shared.ListPage<>(events, total, query);
    }

    /** The kinds of subject the log holds, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> subjectTypes() {
        return jdbc.sql("select distinct subject_type from audit_event order by subject_type")
            .query(String.class)
            .list();
    }

    /** The people who have acted, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actors() {
        return jdbc.sql("select distinct actor from audit_event order by actor").query(String.class).list();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int limit) {
        return jdbc.sql("select * from audit_event order by id desc limit :limit")
            .param("limit", limit)
            .query(AuditEvent.class)
            .list();
    }

}
