package se.sif.notification;

import java.time.Clock;
import java.time.Instant;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox on this node. Every {@code sif.notification.poll-interval} it claims
 * due messages one at a time, each in a transaction of its own that holds the message's
 * row lock ({@code for update skip locked}) until the send is recorded: sent, or failed
 * with the error and the time of the next attempt (backoff doubling up to a limit), or
 * given up after {@code sif.notification.max-attempts}. A round stops at the first
 * failure, so a mail server that is down costs one timeout a round, not one a message. A
 * node that dies between the server's acceptance and the commit sends that message again
 * later (at least once, never lost). Without a mail server ({@code spring.mail.host}
 * unset) it sends nothing and the messages wait in the outbox.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /** What one round did. */
    record Round(int sent, int failed) {
    }

    private enum Outcome {

        NONE, SENT, FAILED,

        /**
         * Refused before the server was asked (an invalid address): the server may be
         * fine.
         */
        REFUSED

    }

    private final OutboxRepository outbox;

    private final ObjectProvider<JavaMailSender> senders;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final NotificationProperties properties;

    MailDispatcher(OutboxRepository outbox, ObjectProvider<JavaMailSender> senders, TransactionTemplate transaction,
            Clock clock, NotificationProperties properties) {
        this.outbox = outbox;
        this.senders = senders;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
        log.info("Outgoing e-mail: {}",
                delivering() ? "sent through " + server() : "kept in the outbox (no spring.mail.host)");
    }

    /**
     * Whether this node sends mail: a mail server is configured and the dispatcher is on.
     */
    boolean delivering() {
        return properties.dispatcherEnabled() && senders.getIfAvailable() != null;
    }

    /** The mail server's host and port, when one is configured. */
    @Nullable String server() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl impl && impl.getHost() != null) {
            return impl.getHost() + (impl.getPort() > 0 ? ":" + impl.getPort() : "");
        }
        return sender == null ? null : sender.getClass().getSimpleName();
    }

    @Scheduled(initialDelayString = "${sif.notification.poll-interval:PT10S}",
            fixedDelayString = "${sif.notification.poll-interval:PT10S}")
    void poll() {
        JavaMailSender sender = senders.getIfAvailable();
        if (!properties.dispatcherEnabled() || sender == null) {
            return;
        }
        try {
            Round round = dispatch(sender, clock);
            if (round.sent() + round.failed() > 0) {
                log.info("Outgoing e-mail: {} sent, {} failed", round.sent(), round.failed());
            }
        }
        catch (RuntimeException e) {
            log.warn("Sending the outbox failed; trying again in {}", properties.pollInterval(), e);
        }
    }

    /**
     * One round: sends due messages through {@code sender} until none is due, a batch is
     * done, or a send fails (an address refused before sending does not end the round).
     * The clock says what is due and when the next attempt is.
     */
    Round dispatch(JavaMailSender sender, Clock clock) {
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Outcome outcome = transaction.execute(status -> sendOne(sender, clock));
            if (outcome == null || outcome == Outcome.NONE) {
                break;
            }
            if (outcome == Outcome.FAILED) {
                failed++;
                break;
            }
            if (outcome == Outcome.REFUSED) {
                failed++;
                continue;
            }
            sent++;
        }
        return new Round(sent, failed);
    }

    private Outcome sendOne(JavaMailSender sender, Clock clock) {
        OutboxRepository.Due message = outbox.claimDue(clock.instant()).orElse(null);
        if (message == null) {
            return Outcome.NONE;
        }
        MimeMessage mime;
        try {
            mime = compose(sender, message, clock);
        }
        catch (AddressException e) {
            // no server will ever take this address: trying again cannot help
            outbox.failed(message.id(), clock.instant(), null, "invalid recipient address: " + e.getMessage());
            log.warn("Outgoing e-mail {}: invalid recipient address, given up", message.id());
            return Outcome.REFUSED;
        }
        catch (MessagingException | RuntimeException e) {
            return retryLater(message, e, clock);
        }
        try {
            sender.send(mime);
        }
        catch (RuntimeException e) {
            // MailException mostly; anything else counts as an attempt too, so one bad
            // message cannot block the head of the queue round after round
            return retryLater(message, e, clock);
        }
        outbox.sent(message.id(), clock.instant());
        return Outcome.SENT;
    }

    private Outcome retryLater(OutboxRepository.Due message, Exception error, Clock clock) {
        int attempt = message.attempts() + 1;
        Instant now = clock.instant();
        Instant next = attempt >= properties.maxAttempts() ? null : now.plus(properties.backoff(attempt));
        outbox.failed(message.id(), now, next, describe(error));
        log.warn("Outgoing e-mail {}: attempt {} of {} failed ({}){}", message.id(), attempt, properties.maxAttempts(),
                describe(error), next == null ? ", given up" : ", next at " + next);
        return Outcome.FAILED;
    }

    private MimeMessage compose(JavaMailSender sender, OutboxRepository.Due message, Clock clock)
            throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(properties.sender());
        helper.setTo(MailTexts.recipient(message.recipientAddress(), message.recipientName()));
        // flattened when queued; again here, so no row can add a header whoever wrote it
        helper.setSubject(MailTexts.oneLine(message.subject()));
        helper.setText(message.body(), false);
        helper.setSentDate(java.util.Date.from(clock.instant()));
        // RFC 3834: no out-of-office replies to a machine
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }

    /**
     * The error as the administrator reads it: the exception and its causes' messages.
     */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(MailTexts.oneLine(t.getMessage()));
            }
        }
        return text.length() <= 1000 ? text.toString() : text.substring(0, 1000);
    }

}
