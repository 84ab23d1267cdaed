package se.sif.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sif.shared.ListQuery;

/**
 * The outbox ({@code notification_outbox}). Times are written as given: the services read
 * them from the injected clock.
 */
@Repository
class OutboxRepository {

    /**
     * A message the dispatcher has claimed: its row stays locked until the send is
     * recorded.
     */
    record Due(long id, String recipientAddress, @Nullable String recipientName, String subject, String body,
            int attempts) {
    }

    /** One page of the outbox, and how many messages the filter finds in all. */
    record Found(List<OutboxMessage> rows, long total) {
    }

    /**
     * The sort keys of the outbox and their columns; the status in the order a message
     * goes through them.
     */
    static final Map<String, String> SORT_COLUMNS = Map.of("queued", "queued_at", "recipient",
            "lower(recipient_address)", "subject", "lower(subject)", "status",
            "array_position(array['QUEUED', 'SENT', 'FAILED'], status)", "attempts", "attempts", "sent", "sent_at");

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Recipient to, String messageKey, String subject, String body, String queuedBy, Instant now) {
        return jdbc.sql("""
                insert into notification_outbox
                    (recipient_address, recipient_name, locale, message_key, subject, body, queued_by, queued_at,
                     next_attempt_at)
                values (:address, :name, :locale, :key, :subject, :body, :queuedBy, :now, :now)
                returning id""")
            .param("address", to.address())
            .param("name", to.name())
            .param("locale", to.language())
            .param("key", messageKey)
            .param("subject", subject)
            .param("body", body)
            .param("queuedBy", queuedBy)
            .param("now", Timestamp.from(now))
            .query(Long.class)
            .single();
    }

    Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select * from notification_outbox where id = :id")
            .param("id", id)
            .query(OutboxRepository::message)
            .optional();
    }

    Found page(@Nullable OutboxStatus status, @Nullable String text, ListQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (recipient_address ilike :text or recipient_name ilike :text or subject ilike :text)");
            params.put("text", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from notification_outbox" + where)
            .params(params)
            .query(Long.class)
            .single();
        List<OutboxMessage> rows = jdbc
            .sql("select * from notification_outbox" + where + " order by " + query.orderBy(SORT_COLUMNS, "id")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.pageSize())
            .param("offset", query.offset())
            .query(OutboxRepository::message)
            .list();
        return new Found(rows, total);
    }

    Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from notification_outbox group by status")
            .query((rs, n) -> Map.entry(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
            .list()
            .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    /**
     * Claims the oldest due message, skipping rows another node holds at this moment
     * ({@code for update skip locked}): the lock lasts until the caller's transaction
     * ends, and by then the message is sent or its failure recorded, so no two
     * dispatchers send the same message.
     */
    Optional<Due> claimDue(Instant now) {
        return jdbc.sql("""
                select id, recipient_address, recipient_name, subject, body, attempts from notification_outbox
                where status = 'QUEUED' and next_attempt_at <= :now
                order by next_attempt_at, id limit 1 for update skip locked""")
            .param("now", Timestamp.from(now))
            .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("recipient_address"),
                    rs.getString("recipient_name"), rs.getString("subject"), rs.getString("body"),
                    rs.getInt("attempts")))
            .optional();
    }

    void sent(long id, Instant now) {
        jdbc.sql("""
                update notification_outbox set status = 'SENT', attempts = attempts + 1, last_attempt_at = :now,
                    sent_at = :now
                where id = :id and status = 'QUEUED'""").param("id", id).param("now", Timestamp.from(now)).update();
    }

    /**
     * A failed attempt: the message waits for {@code next}, or is given up when that is
     * null.
     */
    void failed(long id, Instant now, @Nullable Instant next, String error) {
        jdbc.sql("""
                update notification_outbox set attempts = attempts + 1, last_attempt_at = :now, last_error = :error,
                    status = case when cast(:next as timestamptz) is null then 'FAILED' else 'QUEUED' end,
                    next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at)
                where id = :id and status = 'QUEUED'""")
            .param("id", id)
            .param("now", Timestamp.from(now))
            .param("next", next == null ? null : Timestamp.from(next))
            .param("error", error)
            .update();
    }

    private static OutboxMessage message(ResultSet rs, int rowNum) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("recipient_address"), rs.getString("recipient_name"),
                rs.getString("locale"), rs.getString("message_key"), rs.getString("subject"), rs.getString("body"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("queued_by"),
                instant(rs, "queued_at"), instant(rs, "next_attempt_at"), nullableInstant(rs, "last_attempt_at"),
                nullableInstant(rs, "sent_at"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

}
