package se.sif.audit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sif.audit.AuditTrail.AuditEvent;

/**
 * The event log as stored ({@code audit_event}): append-only, a database trigger refuses
 * any change or removal.
 */
@Repository
class AuditRepository {

    private static final String WHERE = """
            where (cast(:actor as text) is null or actor = :actor)
              and (cast(:action as text) is null or action like :action || '%')
              and (cast(:subjectType as text) is null or subject_type = :subjectType)""";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String actor, String action, String subjectType, @Nullable Long subjectId, @Nullable String details) {
        jdbc.sql("""
                insert into audit_event (actor, action, subject_type, subject_id, details)
                values (:actor, :action, :subjectType, :subjectId, :details)""")
            .param("actor", actor)
            .param("action", action)
            .param("subjectType", subjectType)
            .param("subjectId", subjectId)
            .param("details", details)
            .update();
    }

    /**
     * @param filter {@code actor}, {@code action} (its start) and {@code subjectType},
     * each null for any
     */
    long count(Map<String, @Nullable Object> filter) {
        return jdbc.sql("select count(*) from audit_event " + WHERE).params(filter).query(Long.class).single();
    }

    /**
     * @param orderBy a column list made from the sort keys' own columns, never from the
     * request
     */
    List<AuditEvent> page(Map<String, @Nullable Object> filter, String orderBy, int limit, long offset) {
        return jdbc.sql("select * from audit_event " + WHERE + " order by " + orderBy + " limit :limit offset :offset")
            .params(filter)
            .param("limit", limit)
            .param("offset", offset)
            .query(AuditEvent.class)
            .list();
    }

    List<String> subjectTypes() {
        return jdbc.sql("select distinct subject_type from audit_event order by subject_type")
            .query(String.class)
            .list();
    }

    List<String> actors() {
        return jdbc.sql("select distinct actor from audit_event order by actor").query(String.class).list();
    }

    List<AuditEvent> latest(int limit) {
        return jdbc.sql("select * from audit_event order by id desc limit :limit")
            .param("limit", limit)
            .query(AuditEvent.class)
            .list();
    }

}
