package se.sif.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

    private final AuditRepository repository;

    AuditTrail(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, @Nullable Long subjectId, @Nullable String details) {
        repository.append(Actor.name(), action, subjectType, subjectId, details);
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
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("actor", blankToNull(filter.actor()));
        params.put("action", blankToNull(filter.action()));
        params.put("subjectType", blankToNull(filter.subjectType()));
        long total = repository.count(params);
        List<AuditEvent> events = repository.page(params, query.orderBy(SORT_COLUMNS, "id"), query.pageSize(),
                query.offset());
        return new se.sif.shared.ListPage<>(events, total, query);
    }

    /** The kinds of subject the log holds, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> subjectTypes() {
        return repository.subjectTypes();
    }

    /** The people who have acted, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actors() {
        return repository.actors();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int limit) {
        return repository.latest(limit);
    }

}
