package se.sif.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sif.shared.DomainException;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.web.Page;

/**
 * The outbox for scripts (administrator): what was queued, sent or given up, with its
 * text.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Outbox", description = "Outgoing e-mail: queued, sent and failed messages (administrator)")
class OutboxApiController {

    private final Notifications notifications;

    OutboxApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/outbox")
    @Operation(
            summary = "The outbox, newest first, paged; optionally in one status or with words in the recipient or subject")
    Page<OutboxMessage> list(@RequestParam(required = false) @Nullable OutboxStatus status,
            @RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Page.DEFAULT_SIZE) int size) {
        if (page < 0) {
            throw DomainException.onField("page", "problem.pageRange", Page.MAX_SIZE);
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw DomainException.onField("size", "problem.pageRange", Page.MAX_SIZE);
        }
        // the page's own paging counts from 1
        ListPage<OutboxMessage> found = notifications.outbox(new Notifications.Filter(status, text),
                new ListQuery(Math.min(page, Integer.MAX_VALUE - 1) + 1, size, "queued", "desc"));
        return new Page<>(found.items(), page, size, found.total());
    }

    @GetMapping("/api/v1/outbox/{id}")
    @Operation(summary = "One message of the outbox with its text and delivery attempts")
    OutboxMessage one(@PathVariable long id) {
        return notifications.message(id);
    }

}
