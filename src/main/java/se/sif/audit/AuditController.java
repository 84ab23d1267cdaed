package se.sif.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String latest(Model model) {
        model.addAttribute("events", audit.latest(200));
        return "audit/list";
    }
}
