package se.sif.fund;

import se.sif.shared.web.Flash;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.shared.Clock;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.FormInput;

@Controller
class FundController {

    private final FundLedger ledger;
    private final Flash flash;

    FundController(FundLedger ledger, Flash flash) {
        this.ledger = ledger;
        this.flash = flash;
    }

    @GetMapping("/funds")
    String funds(Model model) {
        model.addAttribute("funds", ledger.funds());
        return "fund/list";
    }

    @GetMapping("/funds/{id}")
    String fund(@PathVariable long id, Model model) {
        AppropriationForm form = new AppropriationForm();
        form.setFiscalYear(LocalDate.now(Clock.STOCKHOLM).getYear());
        model.addAttribute("appropriation", form);
        return show(id, model);
    }

    @PostMapping("/funds/{id}/appropriations")
    String appropriate(@PathVariable long id, @Valid @ModelAttribute("appropriation") AppropriationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Long amount = FormInput.kronor(form.getAmount(), "amount", result);
        if (amount != null && (amount <= 0 || amount > FundLedger.MAX_AMOUNT_ORE)) {
            result.rejectValue("amount", "fund.error.amount");
        }
        if (result.hasErrors()) {
            return show(id, model);
        }
        try {
            ledger.appropriate(id, form.getFiscalYear(), amount, form.getRegistrationNumber(), form.getDescription());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return show(id, model);
        }
        flash.add(redirect, "fund.appropriationRecorded", Money.format(amount, LocaleContextHolder.getLocale()), String.valueOf(form.getFiscalYear()));
        return "redirect:/funds/" + id;
    }

    private String show(long id, Model model) {
        model.addAttribute("fund", ledger.summary(id));
        model.addAttribute("postings", ledger.postings(id));
        return "fund/show";
    }

}
