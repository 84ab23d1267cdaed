package se.sif.inbox;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sif.identity.Role;

/**
 * The start page: the public introduction for visitors, the work inbox and shortcuts for
 * a signed-in person.
 */
@Controller
class InboxController {

    private final Inbox inbox;

    private final Clock clock;

    InboxController(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        Role role = NavigationModelAdvice.roleOf(authentication);
        if (role != null) {
            model.addAttribute("inbox", inbox.forRole(role));
            model.addAttribute("shortcuts", Navigation.shortcuts(role));
            model.addAttribute("today", LocalDate.now(clock));
        }
        return "home";
    }

}
