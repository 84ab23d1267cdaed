package se.sif.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sif.shared.ListQuery;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code background_job} table. Every change a node makes to a job it runs is fenced
 * by the job's id, the node and the attempt number, so a node that lost a job (it went
 * silent and another node took the job over) cannot overwrite the newer attempt. Times
 * come from the database, never from a node's clock.
 */
@Component
class JobStore {

    /** A job as read, with the module's own message still as key and arguments. */
    record JobRow(long id, String kind, String title, String owner, JobStatus status, double progress, String message,
            String messageKey, List<String> messageArgs, int attempts, Instant submittedAt, @Nullable Instant startedAt,
            @Nullable Instant finishedAt, String node, boolean cancelRequested, String fileName, String resultJson) {
    }

    /** A job this node has just claimed. */
    record Claimed(long id, String kind, String owner, String parametersJson, int attempt, JobHandler handler) {
    }

    /** Which attempt of which job on which node a write is about. */
    record Fence(long id, String node, int attempt) {
    }

    /** A running job that was found abandoned, and what became of it. */
    record Abandoned(long id, String kind, String node, JobStatus status) {
    }

    private static final String COLUMNS = """
            id, kind, title, owner_username, status, progress, message, message_key, message_args::text as message_args,
            attempts, submitted_at, started_at, finished_at, node, cancel_requested, file_name,
            result_json::text as result_json""";

    private static final String FENCE = " where id = :id and node = :node and attempts = :attempt and status = 'RUNNING'";

    /**
     * What happens to a running job whose node is gone: cancelled if the user asked for
     * that, queued again when its handler allows a rerun and attempts are left,
     * interrupted otherwise.
     */
    private static final String ABANDON = """
            update background_job set
                status = case when cancel_requested then 'CANCELLED'
                              when restartable and attempts < :max then 'QUEUED'
                              else 'INTERRUPTED' end,
                message = null,
                message_key = case when cancel_requested then 'jobs.message.cancelled'
                                   when restartable and attempts < :max then 'jobs.message.restarted'
                                   else 'jobs.message.interrupted' end,
                message_args = case when not cancel_requested and restartable and attempts < :max
                                    then jsonb_build_array((attempts + 1)::text, (:max)::text) end,
                progress = case when not cancel_requested and restartable and attempts < :max then 0 else progress end,
                started_at = case when not cancel_requested and restartable and attempts < :max then null else started_at end,
                finished_at = case when not cancel_requested and restartable and attempts < :max then null else now() end
            """;

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final JsonMapper json;

    JobStore(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    long insert(String kind, String title, String owner, String parametersJson) {
        return jdbc.sql("""
                insert into background_job (kind, title, owner_username, parameters)
                values (:kind, :title, :owner, cast(:parameters as jsonb)) returning id""")
            .param("kind", kind)
            .param("title", title)
            .param("owner", owner)
            .param("parameters", parametersJson)
            .query(Long.class)
            .single();
    }

    Optional<JobRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from background_job where id = :id")
            .param("id", id)
            .query(this::row)
            .optional();
    }

    /** One page of a list of jobs, and how many there are in all. */
    record Found(List<JobRow> rows, long total) {
    }

    /**
     * The sort keys of the jobs list and their columns: the title as read, the status in
     * the order a job goes through them, progress, and the time it was asked for.
     */
    static final Map<String, String> SORT_COLUMNS = Map.of("title", "lower(title)", "status",
            "array_position(array['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'INTERRUPTED'], status)",
            "progress", "progress", "submitted", "submitted_at");

    /**
     * One page of an owner's jobs, filtered by status and by words in the title, sorted
     * as asked ({@link #SORT_COLUMNS}).
     */
    Found byOwner(String owner, @Nullable JobStatus status, @Nullable String text, ListQuery query) {
        StringBuilder where = new StringBuilder(" where owner_username = :owner");
        Map<String, Object> params = new HashMap<>();
        params.put("owner", owner);
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        if (text != null && !text.isBlank()) {
            where.append(" and title ilike :text");
            params.put("text", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from background_job" + where).params(params).query(Long.class).single();
        List<JobRow> rows = jdbc
            .sql("select " + COLUMNS + " from background_job" + where + " order by " + query.orderBy(SORT_COLUMNS, "id")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.pageSize())
            .param("offset", query.offset())
            .query(this::row)
            .list();
        return new Found(rows, total);
    }

    List<JobRow> byOwner(String owner) {
        return jdbc
            .sql("select " + COLUMNS
                    + " from background_job where owner_username = :owner order by submitted_at desc, id desc")
            .param("owner", owner)
            .query(this::row)
            .list();
    }

    Optional<JobFile> file(long id) {
        return jdbc.sql(
                "select file_name, file_content_type, file_content from background_job where id = :id and file_content is not null")
            .param("id", id)
            .query((rs, n) -> new JobFile(rs.getString("file_name"), rs.getString("file_content_type"),
                    rs.getBytes("file_content")))
            .optional();
    }

    /** A queued job is cancelled at once; false when it is not (or no longer) queued. */
    boolean cancelQueued(long id) {
        return jdbc.sql("""
                update background_job set status = 'CANCELLED', finished_at = now(), message = null,
                    message_key = 'jobs.message.cancelled', message_args = null
                where id = :id and status = 'QUEUED'""").param("id", id).update() == 1;
    }

    /**
     * A running job is asked to stop (its node sees the request); false when it is not
     * running.
     */
    boolean requestCancel(long id) {
        return jdbc.sql("update background_job set cancel_requested = true where id = :id and status = 'RUNNING'")
            .param("id", id)
            .update() == 1;
    }

    /**
     * Claims the oldest queued job for this node, skipping rows another node is claiming
     * at this moment ({@code for update skip locked}), so two nodes never claim the same
     * job. A job whose kind has no handler here fails at once; the next queued job is
     * tried then. Empty when nothing is queued.
     */
    Optional<Claimed> claim(String node, Function<String, JobHandler> handlers) {
        while (true) {
            Claim attempt = transaction.execute(status -> claimOne(node, handlers));
            if (attempt == null || attempt.claimed() != null) {
                return Optional.ofNullable(attempt == null ? null : attempt.claimed());
            }
            // the candidate had an unknown kind and is failed now: look for the next one
        }
    }

    private record Claim(@Nullable Claimed claimed) {
    }

    private @Nullable Claim claimOne(String node, Function<String, JobHandler> handlers) {
        @Nullable
        record Candidate(long id, String kind, String owner, String parameters) {
        }
        Optional<Candidate> candidate = jdbc.sql("""
                select id, kind, owner_username as owner, parameters::text as parameters from background_job
                where status = 'QUEUED' order by submitted_at, id limit 1 for update skip locked""")
            .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("kind"), rs.getString("owner"),
                    rs.getString("parameters")))
            .optional();
        if (candidate.isEmpty()) {
            return null;
        }
        Candidate job = candidate.get();
        JobHandler handler = handlers.apply(job.kind());
        if (handler == null) {
            jdbc.sql("""
                    update background_job set status = 'FAILED', node = :node, finished_at = now(), message = null,
                        message_key = 'jobs.message.unknownKind', message_args = jsonb_build_array(kind)
                    where id = :id""").param("node", node).param("id", job.id()).update();
            return new Claim(null);
        }
        int attempt = jdbc.sql("""
                update background_job set status = 'RUNNING', node = :node, attempts = attempts + 1,
                    restartable = :restartable, cancel_requested = false, progress = 0,
                    started_at = now(), heartbeat_at = now(), finished_at = null
                where id = :id returning attempts""")
            .param("node", node)
            .param("restartable", handler.restartable())
            .param("id", job.id())
            .query(Integer.class)
            .single();
        return new Claim(new Claimed(job.id(), job.kind(), job.owner(), job.parameters(), attempt, handler));
    }

    /**
     * Refreshes the heartbeat and, when given, the progress and the handler's message.
     * Returns whether the user asked to cancel, or empty when this attempt no longer owns
     * the job.
     */
    Optional<Boolean> heartbeat(Fence fence, @Nullable Double progress, @Nullable String message) {
        return fenced(jdbc.sql("""
                update background_job set heartbeat_at = now(),
                    progress = coalesce(cast(:progress as double precision), progress),
                    message = coalesce(cast(:message as text), message),
                    message_key = case when cast(:message as text) is null then message_key end,
                    message_args = case when cast(:message as text) is null then message_args end
                """ + FENCE + " returning cancel_requested"), fence).param("progress", progress)
            .param("message", message)
            .query(Boolean.class)
            .optional();
    }

    boolean succeed(Fence fence, JobOutput output) {
        return fenced(jdbc.sql("""
                update background_job set status = 'SUCCEEDED', progress = 1, finished_at = now(), heartbeat_at = now(),
                    result_json = cast(:result as jsonb), file_name = :fileName, file_content_type = :contentType,
                    file_content = :content""" + FENCE), fence).param("result", output.resultJson())
            .param("fileName", output.file() == null ? null : output.fileName())
            .param("contentType", output.file() == null ? null : output.contentType())
            .param("content", output.file())
            .update() == 1;
    }

    boolean fail(Fence fence, String messageKey, List<String> arguments) {
        return fenced(jdbc.sql("""
                update background_job set status = 'FAILED', finished_at = now(), message = null,
                    message_key = :key, message_args = cast(:args as jsonb)""" + FENCE), fence).param("key", messageKey)
            .param("args", json.writeValueAsString(arguments))
            .update() == 1;
    }

    boolean cancelled(Fence fence) {
        return fenced(jdbc.sql("""
                update background_job set status = 'CANCELLED', finished_at = now(), message = null,
                    message_key = 'jobs.message.cancelled', message_args = null""" + FENCE), fence).update() == 1;
    }

    /**
     * This node stops while running the job: handled like an abandoned job, without
     * waiting for the timeout.
     */
    Optional<JobStatus> release(Fence fence, int maxAttempts) {
        return fenced(jdbc.sql(ABANDON + FENCE + " returning status"), fence).param("max", maxAttempts)
            .query((rs, n) -> JobStatus.valueOf(rs.getString("status")))
            .optional();
    }

    /**
     * Running jobs whose heartbeat is older than {@code staleAfter} belong to a node that
     * stopped. One statement with the staleness in its where clause, so two nodes
     * recovering at once recover each job once.
     */
    List<Abandoned> recoverStale(Duration staleAfter, int maxAttempts) {
        return jdbc.sql(ABANDON + """
                where status = 'RUNNING' and heartbeat_at < now() - :staleSeconds * interval '1 second'
                returning id, kind, node, status""")
            .param("max", maxAttempts)
            .param("staleSeconds", staleAfter.toMillis() / 1000.0)
            .query((rs, n) -> new Abandoned(rs.getLong("id"), rs.getString("kind"), rs.getString("node"),
                    JobStatus.valueOf(rs.getString("status"))))
            .list();
    }

    private static JdbcClient.StatementSpec fenced(JdbcClient.StatementSpec statement, Fence fence) {
        return statement.param("id", fence.id()).param("node", fence.node()).param("attempt", fence.attempt());
    }

    private JobRow row(ResultSet rs, int rowNum) throws SQLException {
        String args = rs.getString("message_args");
        return new JobRow(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("owner_username"),
                JobStatus.valueOf(rs.getString("status")), rs.getDouble("progress"), rs.getString("message"),
                rs.getString("message_key"),
                args == null ? List.of() : json.readValue(args, new TypeReference<List<String>>() {
                }), rs.getInt("attempts"), rs.getTimestamp("submitted_at").toInstant(), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("node"), rs.getBoolean("cancel_requested"),
                rs.getString("file_name"), rs.getString("result_json"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * Whether a text is a JSON document: parameters and results are stored as
     * {@code jsonb}.
     */
    static boolean isJson(tools.jackson.databind.json.JsonMapper json, String text) {
        try {
            json.readTree(text);
            return true;
        }
        catch (RuntimeException e) {
            return false;
        }
    }

}
