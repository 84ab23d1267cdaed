package se.sif.investment;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import se.sif.shared.web.Flash;
import java.math.BigDecimal;
import java.util.Map;
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
import java.time.LocalDate;
import java.util.List;
import se.sif.fund.FundLedger;
import se.sif.identity.Role;
import se.sif.organisation.Organisations;
import se.sif.identity.Permissions;
import se.sif.identity.Users;
import se.sif.shared.DomainException;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.Decimal;
import se.sif.shared.web.FormInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Controller
class InvestmentController {

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

    private final Investments investments;

    private final OutcomesContracts contracts;

    private final FundLedger ledger;

    private final Organisations organisations;

    private final Users users;

    private final Flash flash;

    private final Permissions permissions;

    private final Clock clock;

    InvestmentController(Investments investments, OutcomesContracts contracts, FundLedger ledger,
            Organisations organisations, Users users, Flash flash, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.clock = clock;
        this.investments = investments;
        this.contracts = contracts;
        this.ledger = ledger;
        this.organisations = organisations;
        this.users = users;
        this.flash = flash;
    }

    @GetMapping("/investments")
    String list(@org.springframework.web.bind.annotation.RequestParam(required = false) String text,
            se.sif.shared.ListQuery query, Model model) {
        se.sif.shared.ListPage<InvestmentView> page = investments.list(text, query);
        model.addAttribute("text", text);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("investments", page.items());
        return "investment/list";
    }

    @GetMapping("/investments/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("indicatorForm", IndicatorForm.BLANK);
        model.addAttribute("valueForm", ValueForm.BLANK);
        return page(id, model);
    }

    @PostMapping("/investments/{id}/leader")
    String assignLeader(@PathVariable long id, @RequestParam(required = false) String projectLeader,
            RedirectAttributes redirect) {
        investments.assignProjectLeader(id, projectLeader);
        flash.add(redirect, "investment.leaderAssigned");
        return "redirect:/investments/" + id;
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
        model.addAttribute("valueForm", ValueForm.BLANK);
        return page(id, model);
    }

    @PostMapping("/investments/{id}/values")
    String reportValue(@PathVariable long id, @Valid @ModelAttribute("valueForm") ValueForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                investments.reportValue(id, form.indicatorId(), form.period(), form.value(), form.groupSize(),
                        form.comment());
                flash.add(redirect, "investment.valueReported");
                return "redirect:/investments/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("indicatorForm", IndicatorForm.BLANK);
        return page(id, model);
    }

    @PostMapping("/investments/{id}/outcomes-contract")
    String createContract(@PathVariable long id, @RequestParam(required = false) Long investorOrganisationId,
            @RequestParam(required = false) String totalCap, @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) String price, @RequestParam(required = false) String periodCap,
            RedirectAttributes redirect) {
        flash.attempt(redirect, "investment.contractRecorded", () -> {
            Long cap = FormInput.kronor(totalCap);
            Long unitPrice = FormInput.kronor(price);
            Long perPeriod = FormInput.kronor(periodCap);
            if (cap == null || unitPrice == null || perPeriod == null || investorOrganisationId == null
                    || indicatorId == null) {
                throw new DomainException("investment.error.contractForm");
            }
            contracts.create(id, investorOrganisationId, cap,
                    List.of(new OutcomesContracts.MeasureTerms(indicatorId, unitPrice, perPeriod)));
        });
        return "redirect:/investments/" + id;
    }

    @PostMapping("/investments/{id}/outcomes/verifications")
    String verify(@PathVariable long id, @RequestParam(required = false) Long measureId,
            @RequestParam(required = false) String period, @RequestParam(required = false) String units,
            @RequestParam(required = false) String evidence, @RequestParam(required = false) LocalDate verifiedOn,
            RedirectAttributes redirect) {
        flash.attempt(redirect, "investment.outcomeVerified", () -> {
            if (measureId == null) {
                throw new DomainException("investment.error.verificationForm");
            }
            contracts.verify(measureId, period, FormInput.decimal(units), evidence, verifiedOn);
        });
        return "redirect:/investments/" + id;
    }

    @PostMapping("/investments/{id}/outcomes/verifications/{verificationId}/payment")
    String payOutcome(@PathVariable long id, @PathVariable long verificationId, RedirectAttributes redirect) {
        flash.attempt(redirect, "investment.outcomePaid", () -> contracts.pay(verificationId));
        return "redirect:/investments/" + id;
    }

    @PostMapping("/investments/{id}/outcomes/investor-investments")
    String investorInvested(@PathVariable long id, @RequestParam long contractId,
            @RequestParam(required = false) LocalDate paidOn, @RequestParam(required = false) String amount,
            RedirectAttributes redirect) {
        flash.attempt(redirect, "investment.investorInvestmentRecorded", () -> {
            Long ore = FormInput.kronor(amount);
            contracts.recordInvestorInvestment(contractId, paidOn, ore == null ? 0 : ore);
        });
        return "redirect:/investments/" + id;
    }

    private String page(long id, Model model) {
        InvestmentView investment = investments.get(id);
        boolean payForSuccess = ledger.economicModel(investment.fundId()) == FundLedger.EconomicModel.PAY_FOR_SUCCESS;
        model.addAttribute("payForSuccess", payForSuccess);
        model.addAttribute("contract", payForSuccess ? contracts.forInvestment(id).orElse(null) : null);
        if (payForSuccess) {
            model.addAttribute("organisations", organisations.all());
            model.addAttribute("today", LocalDate.now(clock));
        }
        model.addAttribute("investment", investment);
        boolean mayReport = investments.mayReport(investment);
        model.addAttribute("mayReport", mayReport);
        model.addAttribute("may",
                Map.of("assignLeader", permissions.allows(investments, "assignProjectLeader"), "readCalculation",
                        mayReport || investments.mayReadFollowUpMaterial(), "createContract",
                        permissions.allows(contracts, "create"), "verifyOutcome",
                        permissions.allows(contracts, "verify"), "payOutcome", permissions.allows(contracts, "pay")));
        model.addAttribute("mayDefine", investments.mayDefineIndicators(investment));
        model.addAttribute("leaders",
                users.current().is(Role.OFFICER) ? users.withRole(Role.PROJECT_LEADER) : java.util.List.of());
        for (String form : new String[] { "indicatorForm", "valueForm" }) {
            if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + form)) {
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + form,
                        new BeanPropertyBindingResult(model.getAttribute(form), form));
            }
        }
        return "investment/show";
    }

}
