package se.sif.fund;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.identity.Users;
import se.sif.organisation.Organisations;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.Kronor;

@Controller
class GrantController {

    private final Grants grants;

    private final Repayments repayments;

    private final Organisations organisations;

    private final Users users;

    private final Flash flash;

    private final Clock clock;

    GrantController(Grants grants, Repayments repayments, Organisations organisations, Users users, Flash flash,
            Clock clock) {
        this.clock = clock;
        this.grants = grants;
        this.repayments = repayments;
        this.organisations = organisations;
        this.users = users;
        this.flash = flash;
    }

    @GetMapping("/grants")
    String mine(Model model) {
        model.addAttribute("grants", grants.mine());
        return "fund/my-grants";
    }

    /** A reduction or cancellation of a grant, as the board types it. */
    record ReductionForm(@NotNull(message = "{money.error.format}") @Kronor @Nullable Long newTotal,
            @Size(max = 500) @Nullable String reason, @Size(max = 60) @Nullable String registrationNumber) {
    }

    /**
     * The date a payment's condition was met, as typed in the payment's row;
     * {@code version} is the payment's as the page showed it.
     */
    record ConditionForm(@NotNull @Nullable Long version,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate metOn) {

        static ConditionForm metOn(LocalDate today) {
            return new ConditionForm(null, today);
        }
    }

    @GetMapping("/grants/{id}")
    String grant(@PathVariable long id, Model model) {
        return page(id, model);
    }

    /**
     * The grant's page with its forms; a form the model holds already is the one just
     * sent back with its errors (for the condition, the one in the row of
     * {@code conditionPaymentId}), the others start empty.
     */
    private String page(long id, Model model) {
        GrantView grant = grants.get(id);
        if (!model.containsAttribute("reductionForm")) {
            model.addAttribute("reductionForm", new ReductionForm(null, null, null));
        }
        // every row's condition form but the one sent back starts from today
        model.addAttribute("newConditionForm", ConditionForm.metOn(LocalDate.now(clock)));
        if (!model.containsAttribute("conditionForm")) {
            model.addAttribute("conditionForm", ConditionForm.metOn(LocalDate.now(clock)));
        }
        model.addAttribute("grant", grant);
        if (grant.fundEconomicModel() == FundLedger.EconomicModel.REPAYMENT
                && !users.current().is(se.sif.identity.Role.APPLICANT)) {
            model.addAttribute("agreement", repayments.forGrant(id).orElse(null));
            model.addAttribute("organisations", organisations.all());
            model.addAttribute("lossCovers", RepaymentAgreement.LossCover.values());
        }
        return "fund/grant";
    }

    @PostMapping("/grants/{id}/payments/{paymentId}/condition-met")
    String conditionMet(@PathVariable long id, @PathVariable long paymentId,
            @Valid @ModelAttribute("conditionForm") ConditionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                // version is @NotNull, checked by Bean Validation above
                grants.conditionMet(id, paymentId, java.util.Objects.requireNonNull(form.version()), form.metOn());
                flash.add(redirect, "fund.conditionRecorded");
                return "redirect:/grants/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("conditionPaymentId", paymentId);
        return page(id, model);
    }

    @PostMapping("/grants/{id}/payments/{paymentId}/disbursement")
    String pay(@PathVariable long id, @PathVariable long paymentId, @RequestParam long version,
            RedirectAttributes redirect) {
        flash.attempt(redirect, "fund.paid", () -> grants.pay(id, paymentId, version));
        return "redirect:/grants/" + id;
    }

    @PostMapping("/grants/{id}/reduction")
    String reduce(@PathVariable long id, @Valid @ModelAttribute("reductionForm") ReductionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                // newTotal is @NotNull, checked by Bean Validation above
                grants.reduce(id, java.util.Objects.requireNonNull(form.newTotal()), form.reason(),
                        form.registrationNumber());
                flash.add(redirect, "fund.reduced");
                return "redirect:/grants/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

}
