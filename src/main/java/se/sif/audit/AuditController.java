package se.sif.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;

@Controller
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String list(@ModelAttribute("filter") AuditTrail.Filter filter, ListQuery query, Model model) {
        ListPage<AuditTrail.AuditEvent> page = audit.list(filter, query);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("events", page.items());
        model.addAttribute("subjectTypes", audit.subjectTypes());
        model.addAttribute("actors", audit.actors());
        return "audit/list";
    }

}
