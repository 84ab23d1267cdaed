package se.sif.fund;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.identity.Users;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormInput;

@Controller
class GrantController {

    private final Grants grants;
    private final Users users;
    private final Flash flash;

    GrantController(Grants grants, Users users, Flash flash) {
        this.grants = grants;
        this.users = users;
        this.flash = flash;
    }

    @GetMapping("/grants")
    String mine(Model model) {
        Long organisation = users.current().organisationId();
        model.addAttribute("grants", grants.forOrganisation(organisation == null ? -1 : organisation));
        return "fund/my-grants";
    }

    @GetMapping("/grants/{id}")
    String grant(@PathVariable long id, Model model) {
        model.addAttribute("grant", grants.get(id, users.current().organisationId()));
        model.addAttribute("today", LocalDate.now(se.sif.shared.Clock.STOCKHOLM));
        return "fund/grant";
    }

    @PostMapping("/grants/{id}/payments/{paymentId}/condition-met")
    String conditionMet(@PathVariable long id, @PathVariable long paymentId, @RequestParam long version,
            @RequestParam(required = false) LocalDate metOn, RedirectAttributes redirect) {
        return act(id, redirect, "fund.conditionRecorded", () -> grants.conditionMet(id, paymentId, version, metOn));
    }

    @PostMapping("/grants/{id}/payments/{paymentId}/disbursement")
    String pay(@PathVariable long id, @PathVariable long paymentId, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "fund.paid", () -> grants.pay(id, paymentId, version));
    }

    @PostMapping("/grants/{id}/reduction")
    String reduce(@PathVariable long id, @RequestParam(required = false) String newTotal,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String registrationNumber,
            RedirectAttributes redirect) {
        var errors = new org.springframework.validation.MapBindingResult(new java.util.HashMap<String, Object>(), "reduction");
        Long total = FormInput.kronor(newTotal, "newTotal", errors);
        if (total == null) {
            flash.error(redirect, "money.error.format");
            return "redirect:/grants/" + id;
        }
        return act(id, redirect, "fund.reduced", () -> grants.reduce(id, total, reason, registrationNumber));
    }

    /** Runs one step on the grant page and reports the result, or the refused rule, on the page it returns to. */
    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable step) {
        try {
            step.run();
            flash.add(redirect, doneKey);
        } catch (ConcurrentEditException e) {
            flash.error(redirect, "problem.concurrentEdit");
        } catch (DomainException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/grants/" + id;
    }
}
