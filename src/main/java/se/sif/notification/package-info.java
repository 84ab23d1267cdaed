/**
 * Outgoing e-mail for every module: receipts, completion requests and the later letters.
 * A module queues a message with {@link se.sif.notification.Notifications#queue} inside
 * its own transaction (a transactional outbox, table {@code notification_outbox}), so the
 * change and its mail commit or roll back together and nothing is lost while the mail
 * server is down. Subject and body come from the message bundles in the recipient's
 * language and are plain text. Every node runs a dispatcher that claims due messages with
 * {@code select … for update skip locked}, sends them through Spring's
 * {@code JavaMailSender} ({@code spring.mail.*}) and retries failures with backoff up to
 * a limit. Without a mail server (the embedded default) nothing is sent and the
 * administrator reads the messages in the outbox ({@code /admin/outbox},
 * {@code /api/v1/outbox}). Public API: {@link se.sif.notification.Notifications},
 * {@link se.sif.notification.Recipient}, {@link se.sif.notification.OutboxMessage},
 * {@link se.sif.notification.OutboxStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = { "shared", "shared :: web" })
@org.jspecify.annotations.NullMarked
package se.sif.notification;
