package se.sif.investment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.fund.FundLedger;
import se.sif.fund.Grants;
import se.sif.identity.CurrentUser;
import se.sif.identity.Permissions;
import se.sif.identity.Role;
import se.sif.identity.Users;
import se.sif.organisation.Organisations;
import se.sif.shared.DomainException;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.web.Decimal;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.Kronor;

@Controller
class InvestmentController {

    /** The project leader the officer names. */
    record LeaderForm(@Nullable String projectLeader) {
    }

    /**
     * A new indicator with its baseline (nollläge) and target, as typed; decimals with
     * comma or point.
     */
    record IndicatorForm(@Size(max = 200) @Nullable String name, @Size(max = 40) @Nullable String unit,
            @Decimal @Nullable BigDecimal baseline, @Size(max = 20) @Nullable String baselinePeriod,
            @Decimal @Nullable BigDecimal target) {

        static final IndicatorForm BLANK = new IndicatorForm(null, null, null, null, null);

    }

    /** A reported indicator value: an aggregate over a group of at least five people. */
    record ValueForm(@NotNull(message = "{investment.error.indicatorRequired}") @Nullable Long indicatorId,
            @Size(max = 20) @Nullable String period, @Decimal @Nullable BigDecimal value, @Nullable Integer groupSize,
            @Size(max = 2000) @Nullable String comment) {

        static final ValueForm BLANK = new ValueForm(null, null, null, null, null);

    }

    /**
     * The board's outcomes contract as typed: the investor, the total cap, and one priced
     * measure with its cap per period. Caps are decided in whole kronor; a price per unit
     * may have öre.
     */
    record ContractForm(@NotNull(message = "{outcomes.error.investorRequired}") @Nullable Long investorOrganisationId,
            @NotNull(message = "{outcomes.error.totalCapRequired}") @Kronor @Nullable Long totalCap,
            @NotNull(message = "{outcomes.error.measureRequired}") @Nullable Long indicatorId,
            @NotNull(message = "{outcomes.error.priceRequired}") @Kronor(ore = true) @Nullable Long price,
            @NotNull(message = "{outcomes.error.periodCapRequired}") @Kronor @Nullable Long periodCap) {

        static final ContractForm BLANK = new ContractForm(null, null, null, null, null);

    }

    /** Verified outcome units of a measure for a period, as the officer types them. */
    record VerificationForm(@NotNull(message = "{outcomes.error.measureRequired}") @Nullable Long measureId,
            @Size(max = 20) @Nullable String period, @Decimal @Nullable BigDecimal units,
            @Size(max = 2000) @Nullable String evidence,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate verifiedOn) {

        static VerificationForm verifiedOn(LocalDate today) {
            return new VerificationForm(null, null, null, null, today);
        }
    }

    /** What the investor put in, and when; an amount paid may have öre. */
    record InvestorInvestmentForm(@NotNull @Nullable Long contractId,
            @NotNull(message = "{outcomes.error.paidOnRequired}") @DateTimeFormat(
                    iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate paidOn,
            @NotNull(message = "{outcomes.error.amountRequired}") @Kronor(ore = true) @Nullable Long amount) {
    }

    private final Investments investments;

    private final OutcomesContracts contracts;

    private final FundLedger ledger;

    private final Grants grants;

    private final Organisations organisations;

    private final Users users;

    private final Flash flash;

    private final Permissions permissions;

    private final Clock clock;

    InvestmentController(Investments investments, OutcomesContracts contracts, FundLedger ledger, Grants grants,
            Organisations organisations, Users users, Flash flash, Clock clock, Permissions permissions) {
        this.investments = investments;
        this.contracts = contracts;
        this.ledger = ledger;
        this.grants = grants;
        this.organisations = organisations;
        this.users = users;
        this.flash = flash;
        this.clock = clock;
        this.permissions = permissions;
    }

    @GetMapping("/investments")
    String list(@RequestParam(required = false) @Nullable String text, ListQuery query, Model model) {
        ListPage<InvestmentView> page = investments.list(text, query);
        model.addAttribute("text", text);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("investments", page.items());
        return "investment/list";
    }

    @GetMapping("/investments/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/investments/{id}/leader")
    String assignLeader(@PathVariable long id, @Valid @ModelAttribute("leaderForm") LeaderForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                investments.assignProjectLeader(id, form.projectLeader());
                flash.add(redirect, "investment.leaderAssigned");
                return "redirect:/investments/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/investments/{id}/indicators")
    String addIndicator(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                investments.addIndicator(id, new Investments.NewIndicator(form.name(), form.unit(), form.baseline(),
                        form.baselinePeriod(), form.target(), null));
                flash.add(redirect, "investment.indicatorAdded");
                return "redirect:/investments/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/investments/{id}/values")
    String reportValue(@PathVariable long id, @Valid @ModelAttribute("valueForm") ValueForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                investments.reportValue(id, Objects.requireNonNull(form.indicatorId()), form.period(), form.value(),
                        form.groupSize(), form.comment());
                flash.add(redirect, "investment.valueReported");
                return "redirect:/investments/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/investments/{id}/outcomes-contract")
    String createContract(@PathVariable long id, @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                // every component is @NotNull, checked by Bean Validation above
                contracts.create(InvestmentId.of(id),
                        se.sif.organisation.OrganisationId.of(Objects.requireNonNull(form.investorOrganisationId())),
                        Objects.requireNonNull(form.totalCap()),
                        List.of(new OutcomesContracts.MeasureTerms(Objects.requireNonNull(form.indicatorId()),
                                Objects.requireNonNull(form.price()), Objects.requireNonNull(form.periodCap()))));
                flash.add(redirect, "investment.contractRecorded");
                return "redirect:/investments/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/investments/{id}/outcomes/verifications")
    String verify(@PathVariable long id, @Valid @ModelAttribute("verificationForm") VerificationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contracts.verify(Objects.requireNonNull(form.measureId()), form.period(), form.units(), form.evidence(),
                        form.verifiedOn());
                flash.add(redirect, "investment.outcomeVerified");
                return "redirect:/investments/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

    @PostMapping("/investments/{id}/outcomes/verifications/{verificationId}/payment")
    String payOutcome(@PathVariable long id, @PathVariable long verificationId, RedirectAttributes redirect) {
        flash.attempt(redirect, "investment.outcomePaid", () -> contracts.pay(verificationId));
        return "redirect:/investments/" + id;
    }

    @PostMapping("/investments/{id}/outcomes/investor-investments")
    String investorInvested(@PathVariable long id,
            @Valid @ModelAttribute("investorInvestmentForm") InvestorInvestmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contracts.recordInvestorInvestment(Objects.requireNonNull(form.contractId()), form.paidOn(),
                        Objects.requireNonNull(form.amount()));
                flash.add(redirect, "investment.investorInvestmentRecorded");
                return "redirect:/investments/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

    /**
     * The investment's page with its forms; a form the model holds already is the one
     * just sent back with its errors, the others start empty.
     */
    private String page(long id, Model model) {
        InvestmentView investment = investments.get(id);
        LocalDate today = LocalDate.now(clock);
        boolean payForSuccess = ledger.economicModel(investment.fundId()) == FundLedger.EconomicModel.PAY_FOR_SUCCESS;
        OutcomesContract contract = payForSuccess ? contracts.forInvestment(id).orElse(null) : null;
        model.addAttribute("payForSuccess", payForSuccess);
        model.addAttribute("contract", contract);
        if (payForSuccess) {
            model.addAttribute("organisations", organisations.all());
        }
        if (contract != null) {
            Map<Long, String> measures = new LinkedHashMap<>();
            contract.measures().forEach(m -> measures.put(m.id(), m.indicatorName()));
            model.addAttribute("measures", measures);
        }
        model.addAttribute("investment", investment);
        boolean mayReport = investments.mayReport(investment);
        model.addAttribute("mayReport", mayReport);
        // the officials who follow the investments up are those who read the fund's
        // grants: that method's own @PreAuthorize says who they are
        model.addAttribute("may",
                Map.of("assignLeader", permissions.allows(investments, "assignProjectLeader"), "readCalculation",
                        mayReport || permissions.allows(grants, "forFund"), "createContract",
                        permissions.allows(contracts, "create"), "verifyOutcome",
                        permissions.allows(contracts, "verify"), "payOutcome", permissions.allows(contracts, "pay")));
        model.addAttribute("mayDefine", investments.mayDefineIndicators(investment));
        Map<String, String> leaders = new LinkedHashMap<>();
        if (users.current().is(Role.OFFICER)) {
            for (CurrentUser leader : users.withRole(Role.PROJECT_LEADER)) {
                leaders.put(leader.username(), leader.displayName() + " (" + leader.username() + ")");
            }
        }
        model.addAttribute("leaders", leaders);
        Map<String, Object> blank = new LinkedHashMap<>();
        blank.put("leaderForm", new LeaderForm(investment.projectLeader()));
        blank.put("indicatorForm", IndicatorForm.BLANK);
        blank.put("valueForm", ValueForm.BLANK);
        blank.put("contractForm", ContractForm.BLANK);
        blank.put("verificationForm", VerificationForm.verifiedOn(today));
        blank.put("investorInvestmentForm",
                new InvestorInvestmentForm(contract == null ? null : contract.id(), today, null));
        blank.forEach((name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form);
            }
            if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + name)) {
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name,
                        new BeanPropertyBindingResult(model.getAttribute(name), name));
            }
        });
        return "investment/show";
    }

}
