package se.sif.fund;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import se.sif.fund.RepaymentAgreement.LossCover;
import se.sif.shared.Money;
import se.sif.shared.web.Percent;
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

    /**
     * The board's repayment agreement as typed on the grant page: who covers a loss and
     * up to two repaying boards, each with its share in percent, the first year of
     * savings and the expected saving per year in kronor, separated by semicolons. A row
     * without a board or anything typed is not a party.
     */
    record AgreementForm(@NotNull(message = "{fund.error.lossCoverRequired}") @Nullable LossCover lossCover,
            List<PartyForm> parties) {

        static final int ROWS = 2;

        AgreementForm {
            List<PartyForm> rows = new ArrayList<>(parties == null ? List.of() : parties);
            while (rows.size() < ROWS) {
                rows.add(PartyForm.BLANK);
            }
            parties = List.copyOf(rows.subList(0, ROWS));
        }

        static final AgreementForm BLANK = new AgreementForm(null, List.of());

    }

    /** One repaying board's row of the agreement form. */
    record PartyForm(@Nullable Long organisationId, @Percent @Nullable BigDecimal share, @Nullable Integer firstYear,
            @Size(max = 2000) @Nullable String expectedSavings) {

        static final PartyForm BLANK = new PartyForm(null, null, null, null);

        boolean isBlank() {
            return organisationId == null && share == null && firstYear == null
                    && (expectedSavings == null || expectedSavings.isBlank());
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
            if (!model.containsAttribute("agreementForm")) {
                model.addAttribute("agreementForm", AgreementForm.BLANK);
            }
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

    /** What the official confirms before money leaves the fund. */
    record PaymentForm(long version, @jakarta.validation.constraints.Size(max = 4000) @Nullable String earlyReason) {
    }

    @GetMapping("/grants/{id}/payments/{paymentId}/disbursement")
    String confirmPayment(@PathVariable long id, @PathVariable long paymentId, Model model) {
        GrantView.Payment payment = grants.paymentTerms(id, paymentId).payment();
        if (!payment.payable()) {
            // paid, struck or waiting for its condition: the grant page says which
            return "redirect:/grants/" + id;
        }
        if (!model.containsAttribute("paymentForm")) {
            model.addAttribute("paymentForm", new PaymentForm(payment.version(), null));
        }
        return paymentPage(id, paymentId, model);
    }

    @PostMapping("/grants/{id}/payments/{paymentId}/disbursement")
    String pay(@PathVariable long id, @PathVariable long paymentId,
            @Valid @ModelAttribute("paymentForm") PaymentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Grants.Payout payout = grants.pay(id, paymentId, form.version(), form.earlyReason());
                flash.add(redirect, payout.paid() ? "fund.paid" : "fund.paymentRequested");
                return "redirect:/grants/" + id;
            }
            catch (se.sif.shared.ConcurrentEditException e) {
                se.sif.shared.web.FormErrors.reject(result, e);
            }
            catch (se.sif.shared.DomainException e) {
                se.sif.shared.web.FormErrors.reject(result, e);
            }
        }
        return paymentPage(id, paymentId, model);
    }

    private String paymentPage(long id, long paymentId, Model model) {
        // the rule the payment itself keeps (and its @PreAuthorize: who may pay)
        Grants.PaymentTerms terms = grants.paymentTerms(id, paymentId);
        GrantView.Payment payment = terms.payment();
        model.addAttribute("grant", terms.grant());
        model.addAttribute("payment", payment);
        model.addAttribute("early", terms.early());
        model.addAttribute("beforeLegalForce", terms.beforeLegalForce());
        model.addAttribute("secondApproval", terms.secondApproval());
        model.addAttribute("secondApprovalAbove", grants.secondApprovalAboveOre());
        String askedBy = payment.approvalRequestedBy();
        model.addAttribute("askedByMe", askedBy != null && askedBy.equals(users.current().username()));
        return "fund/payment";
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

    @PostMapping("/grants/{id}/repayment-agreement")
    String agree(@PathVariable long id, @Valid @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        // the rows that name a party, by their place on the page, so a refusal about the
        // n:th party stands beside the row it was typed in
        List<Integer> rows = new ArrayList<>();
        List<Repayments.PartyTerms> parties = new ArrayList<>();
        for (int i = 0; i < form.parties().size(); i++) {
            PartyForm row = form.parties().get(i);
            if (row.isBlank()) {
                continue;
            }
            Repayments.PartyTerms terms = terms(row, "parties[" + i + "].", result);
            if (terms != null) {
                rows.add(i);
                parties.add(terms);
            }
        }
        if (parties.isEmpty() && !result.hasFieldErrors("parties*")) {
            result.rejectValue("parties[0].organisationId", "fund.error.partiesRequired");
        }
        if (!result.hasErrors()) {
            try {
                repayments.agree(id, form.lossCover(), parties);
                flash.add(redirect, "fund.agreementRecorded");
                return "redirect:/grants/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e, field -> onPage(field, rows));
            }
        }
        return page(id, model);
    }

    /**
     * A row's terms, or null when a value the row needs is missing or unreadable (then
     * said beside it). Each expected saving is read on its own, so the one that could not
     * be read is named.
     */
    private Repayments.@Nullable PartyTerms terms(PartyForm row, String path, BindingResult result) {
        boolean complete = true;
        if (row.organisationId() == null) {
            result.rejectValue(path + "organisationId", "fund.error.partyRequired");
            complete = false;
        }
        if (row.firstYear() == null && !result.hasFieldErrors(path + "firstYear")) {
            result.rejectValue(path + "firstYear", "fund.error.firstYearRequired");
            complete = false;
        }
        Map<Integer, Long> savings = new LinkedHashMap<>();
        String typed = row.expectedSavings() == null ? "" : row.expectedSavings();
        String[] amounts = typed.split(";", -1);
        for (int year = 0; year < amounts.length; year++) {
            String amount = amounts[year].strip();
            if (amount.isEmpty()) {
                continue;
            }
            try {
                savings.put((row.firstYear() == null ? 0 : row.firstYear()) + year,
                        Money.parseKronor(amount, LocaleContextHolder.getLocale()));
            }
            catch (IllegalArgumentException | ArithmeticException e) {
                result.rejectValue(path + "expectedSavings", "fund.error.savingUnreadable", new Object[] { amount },
                        "fund.error.savingUnreadable");
                return null;
            }
        }
        if (savings.isEmpty()) {
            result.rejectValue(path + "expectedSavings", "fund.error.savingsRequired");
            return null;
        }
        if (!complete || result.hasFieldErrors(path + "*")) {
            return null;
        }
        return new Repayments.PartyTerms(java.util.Objects.requireNonNull(row.organisationId()), row.share(), savings);
    }

    /**
     * A rule's field about the n:th party sent, as the path of the page row it came from;
     * "no party at all" stands beside the first row's board.
     */
    private static String onPage(String field, List<Integer> rows) {
        if (field.equals("parties")) {
            return "parties[0].organisationId";
        }
        java.util.regex.Matcher party = PARTY.matcher(field);
        if (party.lookingAt()) {
            int sent = Integer.parseInt(party.group(1));
            return "parties[" + (sent < rows.size() ? rows.get(sent) : sent) + "]" + field.substring(party.end());
        }
        return field;
    }

    private static final java.util.regex.Pattern PARTY = java.util.regex.Pattern.compile("parties\\[(\\d+)\\]");

}
