package se.sif.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;

/**
 * The administrator's outbox: every message SIF has queued, whether it went out, and its
 * text. On the embedded default (no mail server) this is where mail ends up.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

    private final Notifications notifications;

    private final MailDispatcher dispatcher;

    OutboxController(Notifications notifications, MailDispatcher dispatcher) {
        this.notifications = notifications;
        this.dispatcher = dispatcher;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) @Nullable OutboxStatus status,
            @RequestParam(required = false) @Nullable String text, ListQuery query, Model model) {
        Notifications.Filter filter = new Notifications.Filter(status, text);
        ListPage<OutboxMessage> page = notifications.outbox(filter, query);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("messages", page.items());
        model.addAttribute("statuses", OutboxStatus.values());
        java.util.Map<OutboxStatus, Long> counts = notifications.counts();
        model.addAttribute("queued", counts.get(OutboxStatus.QUEUED));
        model.addAttribute("sent", counts.get(OutboxStatus.SENT));
        model.addAttribute("failed", counts.get(OutboxStatus.FAILED));
        model.addAttribute("delivering", dispatcher.delivering());
        model.addAttribute("server", dispatcher.server());
        return "notification/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("message", notifications.message(id));
        return "notification/message";
    }

}
