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
 * Records events in the caller's transaction, so an audited change and its audit row commit or roll back
 * together. Rows are immutable (a database trigger refuses update and delete).
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


    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int limit) {
        return jdbc.sql("select * from audit_event order by id desc limit :limit")
                .param("limit", limit)
                .query(AuditEvent.class).list();
    }

}
