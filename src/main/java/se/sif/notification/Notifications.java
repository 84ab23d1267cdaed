package se.sif.notification;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.shared.Actor;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.NotFoundException;

/**
 * Outgoing e-mail. {@link #queue} writes the message to the outbox in the caller's
 * transaction: if the caller's change rolls back, no mail goes out, and a committed
 * message is sent by the dispatcher whenever the mail server takes it. The administrator
 * reads the outbox ({@link #outbox}, {@link #message}).
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    /** The sort keys of the outbox, each mapped to its column by the repository. */
    public static final Set<String> SORTS = OutboxRepository.SORT_COLUMNS.keySet();

    private final OutboxRepository outbox;

    private final MessageSource messages;

    private final Clock clock;

    Notifications(OutboxRepository outbox, MessageSource messages, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Queues a message to {@code to}, written in the recipient's language from the
     * message bundles: the subject is {@code messageKey + ".subject"} and the plain-text
     * body {@code messageKey + ".body"}, both with {@code arguments} ({@code {0}},
     * {@code {1}}, …; a {@code LocalDate} is written out as the language writes dates).
     * The subject is flattened to one line, whatever the arguments hold. Returns the
     * message's id in the outbox.
     */
    @Transactional
    public long queue(Recipient to, String messageKey, Object... arguments) {
        Object[] localised = MailTexts.localised(arguments, to.locale());
        String subject = MailTexts.oneLine(messages.getMessage(messageKey + ".subject", localised, to.locale()));
        String body = messages.getMessage(messageKey + ".body", localised, to.locale());
        return outbox.insert(to, messageKey, subject, body, Actor.name(), clock.instant());
    }

    /**
     * What the outbox can be narrowed to: a status, and words in the recipient or the
     * subject.
     */
    public record Filter(@Nullable OutboxStatus status, @Nullable String text) {
    }

    /** One page of the outbox, the newest first unless asked otherwise. */
    @PreAuthorize("hasRole('ADMIN')")
    public ListPage<OutboxMessage> outbox(Filter filter, ListQuery asked) {
        ListQuery query = asked.sortedBy(SORTS, "queued", true);
        OutboxRepository.Found found = outbox.page(filter.status(), filter.text(), query);
        return new ListPage<>(found.rows(), found.total(), query);
    }

    /** One message of the outbox with its text. */
    @PreAuthorize("hasRole('ADMIN')")
    public OutboxMessage message(long id) {
        return outbox.find(id).orElseThrow(() -> new NotFoundException("message", id));
    }

    /** How many messages the outbox holds in each status (for the page's summary). */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<OutboxStatus, Long> counts() {
        return outbox.counts();
    }

}
