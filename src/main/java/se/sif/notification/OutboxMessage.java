package se.sif.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message in the outbox as queued: recipient, language, the message key it was rendered
 * from, the rendered subject and plain-text body, and how delivery went.
 */
public record OutboxMessage(long id, String recipientAddress, @Nullable String recipientName, String locale,
        String messageKey, String subject, String body, OutboxStatus status, int attempts, String queuedBy,
        Instant queuedAt, Instant nextAttemptAt, @Nullable Instant lastAttemptAt, @Nullable Instant sentAt,
        @Nullable String lastError) {
}
