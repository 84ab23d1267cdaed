package se.sif.call;

import jakarta.validation.Valid;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.security.access.AccessDeniedException;
import se.sif.fund.FundLedger;
import se.sif.identity.Permissions;
import se.sif.shared.Stockholm;
import se.sif.shared.DomainException;
import se.sif.shared.web.FormErrors;

@Controller
class CallController {

    private final Calls calls;

    private final FundLedger funds;

    private final Permissions permissions;

    CallController(Calls calls, FundLedger funds, Permissions permissions) {
        this.calls = calls;
        this.funds = funds;
        this.permissions = permissions;
    }

    @GetMapping("/calls")
    String list(@org.springframework.web.bind.annotation.RequestParam(required = false) Boolean open,
            se.sif.shared.ListQuery query, Model model) {
        se.sif.shared.ListPage<CallView> page = calls.list(open, query);
        model.addAttribute("open", open);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("calls", page.items());
        return "call/list";
    }

    @GetMapping("/calls/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("call", calls.get(id));
        return "call/show";
    }

    @GetMapping("/calls/new")
    String newCall(Model model) {
        requireMayOpen();
        model.addAttribute("callForm", CallForm.BLANK);
        model.addAttribute("funds", funds.names());
        return "call/new";
    }

    @PostMapping("/calls")
    String open(@Valid @ModelAttribute("callForm") CallForm form, BindingResult result, Model model) {
        requireMayOpen();
        if (!result.hasErrors()) {
            try {
                var deadline = ZonedDateTime.of(form.deadlineDate(), form.deadlineTime(), Stockholm.ZONE).toInstant();
                long id = calls.open(new Calls.NewCall(form.fundId(), form.title(), form.description(), deadline,
                        form.budgetCeiling()));
                return "redirect:/calls/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("funds", funds.names());
        return "call/new";
    }

    /**
     * The form is offered to whoever may open a call: {@link Calls#open}'s own rule (also
     * before a form with errors is shown again).
     */
    private void requireMayOpen() {
        if (!permissions.allows(calls, "open")) {
            throw new AccessDeniedException("may not open a call");
        }
    }

}
