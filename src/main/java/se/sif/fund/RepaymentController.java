package se.sif.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

@Controller
class RepaymentController {

    private final Repayments repayments;

    private final FundLedger ledger;

    private final Flash flash;

    RepaymentController(Repayments repayments, FundLedger ledger, Flash flash) {
        this.repayments = repayments;
        this.ledger = ledger;
        this.flash = flash;
    }

    /** The fiscal year whose claims are to be generated, as typed. */
    record ClaimsForm(@NotNull(message = "{fund.error.yearRequired}") @Nullable Integer fiscalYear) {

        static final ClaimsForm BLANK = new ClaimsForm(null);

    }

    /**
     * Why a claim's saving did not come, as typed in the claim's row; {@code version} is
     * the claim's as the page showed it.
     */
    record WriteOffForm(@NotNull @Nullable Long version, @Size(max = 500) @Nullable String reason) {

        static final WriteOffForm BLANK = new WriteOffForm(null, null);

    }

    @GetMapping("/funds/{id}/repayments")
    String overview(@PathVariable long id, Model model) {
        return page(id, model);
    }

    /**
     * The fund's repayments with their forms; a form the model holds already is the one
     * just sent back with its errors (for a write-off, the one in the row of
     * {@code writeOffClaimId}).
     */
    private String page(long id, Model model) {
        model.addAttribute("fund", ledger.summary(id));
        model.addAttribute("agreements", repayments.agreements(id));
        List<Repayments.Refill> refill = repayments.refill(id);
        model.addAttribute("refill", refill);
        model.addAttribute("largestRefill",
                refill.stream()
                    .mapToLong(r -> Math.max(r.expectedOre(), r.repaidOre() + r.lossCoveredOre()))
                    .max()
                    .orElse(0));
        if (!model.containsAttribute("claimsForm")) {
            model.addAttribute("claimsForm", ClaimsForm.BLANK);
        }
        model.addAttribute("newWriteOffForm", WriteOffForm.BLANK);
        if (!model.containsAttribute("writeOffForm")) {
            model.addAttribute("writeOffForm", WriteOffForm.BLANK);
        }
        return "fund/repayments";
    }

    @PostMapping("/funds/{id}/repayment-claims")
    String generate(@PathVariable long id, @Valid @ModelAttribute("claimsForm") ClaimsForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                // fiscalYear is @NotNull, checked by Bean Validation above
                int year = Objects.requireNonNull(form.fiscalYear());
                flash.add(redirect, "fund.claimsGenerated", repayments.generateClaims(id, year), String.valueOf(year));
                return "redirect:/funds/" + id + "/repayments";
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/funds/{id}/repayment-claims/{claimId}/repayment")
    String repaid(@PathVariable long id, @PathVariable long claimId, @RequestParam long version,
            RedirectAttributes redirect) {
        flash.attempt(redirect, "fund.repaymentRecorded", () -> repayments.recordRepayment(claimId, version));
        return "redirect:/funds/" + id + "/repayments";
    }

    @PostMapping("/funds/{id}/repayment-claims/{claimId}/write-off")
    String writeOff(@PathVariable long id, @PathVariable long claimId,
            @Valid @ModelAttribute("writeOffForm") WriteOffForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                // version is @NotNull, checked by Bean Validation above
                repayments.writeOff(claimId, Objects.requireNonNull(form.version()), form.reason());
                flash.add(redirect, "fund.claimWrittenOff");
                return "redirect:/funds/" + id + "/repayments";
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("writeOffClaimId", claimId);
        return page(id, model);
    }

}
