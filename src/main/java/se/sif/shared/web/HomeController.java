package se.sif.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the signed-in role can do, as a task list. */
@Controller
class HomeController {

    record Task(String labelKey, String path) {
    }

    private static final Map<String, List<Task>> TASKS_BY_ROLE = Map.of(
            "ROLE_OFFICER", List.of(new Task("task.openCall", "/calls/new"), new Task("task.screen", "/applications"),
                    new Task("task.ranking", "/ranking"), new Task("task.funds", "/funds"),
                    new Task("task.followUp", "/investments"), new Task("task.overview", "/overview")),
            "ROLE_ASSESSOR", List.of(new Task("task.assess", "/assessment")),
            "ROLE_STEERING", List.of(new Task("task.ranking", "/ranking"), new Task("task.overview", "/overview")),
            "ROLE_BOARD", List.of(new Task("task.decide", "/ranking"), new Task("task.appropriate", "/funds"),
                    new Task("task.overview", "/overview")),
            "ROLE_APPLICANT", List.of(new Task("task.apply", "/calls"), new Task("task.myApplications", "/applications")),
            "ROLE_PROJECT_LEADER", List.of(new Task("task.report", "/investments")),
            "ROLE_ADMIN", List.of(new Task("task.audit", "/audit"), new Task("task.overview", "/overview")));

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        if (authentication != null) {
            model.addAttribute("tasks", authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .flatMap(role -> TASKS_BY_ROLE.getOrDefault(role, List.of()).stream())
                    .toList());
        }
        return "home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
