package se.sif.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormInput;

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

    @GetMapping("/funds/{id}/repayments")
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("fund", ledger.summary(id));
        model.addAttribute("agreements", repayments.agreements(id));
        List<Repayments.Refill> refill = repayments.refill(id);
        model.addAttribute("refill", refill);
        model.addAttribute("largestRefill",
                refill.stream()
                    .mapToLong(r -> Math.max(r.expectedOre(), r.repaidOre() + r.lossCoveredOre()))
                    .max()
                    .orElse(0));
        return "fund/repayments";
    }

    @PostMapping("/funds/{id}/repayment-claims")
    String generate(@PathVariable long id, @RequestParam(required = false) Integer fiscalYear,
            RedirectAttributes redirect) {
        if (fiscalYear == null) {
            flash.error(redirect, "fund.error.yearRequired");
        }
        else {
            flash.add(redirect, "fund.claimsGenerated", repayments.generateClaims(id, fiscalYear),
                    String.valueOf(fiscalYear));
        }
        return "redirect:/funds/" + id + "/repayments";
    }

    @PostMapping("/funds/{id}/repayment-claims/{claimId}/repayment")
    String repaid(@PathVariable long id, @PathVariable long claimId, @RequestParam long version,
            RedirectAttributes redirect) {
        flash.attempt(redirect, "fund.repaymentRecorded", () -> repayments.recordRepayment(claimId, version));
        return "redirect:/funds/" + id + "/repayments";
    }

    @PostMapping("/funds/{id}/repayment-claims/{claimId}/write-off")
    String writeOff(@PathVariable long id, @PathVariable long claimId, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        flash.attempt(redirect, "fund.claimWrittenOff", () -> repayments.writeOff(claimId, version, reason));
        return "redirect:/funds/" + id + "/repayments";
    }

    /**
     * The board's agreement as typed on the grant page: up to two boards, each with its
     * share in percent, the first year of savings and the expected savings per year in
     * kronor, separated by semicolons.
     */
    @PostMapping("/grants/{grantId}/repayment-agreement")
    String agree(@PathVariable long grantId, @RequestParam(required = false) RepaymentAgreement.LossCover lossCover,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<Repayments.PartyTerms> parties = new ArrayList<>();
        try {
            for (int i = 1; i <= 2; i++) {
                String organisation = form.get("party" + i);
                if (organisation == null || organisation.isBlank()) {
                    continue;
                }
                BigDecimal percent = FormInput.decimal(form.get("share" + i));
                if (percent == null) {
                    throw new DomainException("fund.error.agreementFormat");
                }
                int firstYear = Integer.parseInt(form.getOrDefault("firstYear" + i, "").strip());
                Map<Integer, Long> savings = new LinkedHashMap<>();
                String[] amounts = form.getOrDefault("savings" + i, "").split(";");
                for (int y = 0; y < amounts.length; y++) {
                    Long ore = FormInput.kronor(amounts[y]);
                    if (ore != null) {
                        savings.put(firstYear + y, ore);
                    }
                }
                parties.add(new Repayments.PartyTerms(Long.parseLong(organisation), percent.movePointLeft(2), savings));
            }
        }
        catch (NumberFormatException | ArithmeticException | DomainException e) {
            flash.error(redirect, "fund.error.agreementFormat");
            return "redirect:/grants/" + grantId;
        }
        flash.attempt(redirect, "fund.agreementRecorded", () -> repayments.agree(grantId, lossCover, parties));
        return "redirect:/grants/" + grantId;
    }

}
