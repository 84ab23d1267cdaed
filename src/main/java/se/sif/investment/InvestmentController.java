package se.sif.investment;

import java.time.Clock;
import se.sif.shared.web.Flash;
import java.math.BigDecimal;
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
import se.sif.identity.Users;
import se.sif.shared.DomainException;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.FormInput;

@Controller
class InvestmentController {

    public static class IndicatorForm {
        private String name;
        private String unit;
        private String baseline;
        private String baselinePeriod;
        private String target;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getBaseline() { return baseline; }
        public void setBaseline(String baseline) { this.baseline = baseline; }
        public String getBaselinePeriod() { return baselinePeriod; }
        public void setBaselinePeriod(String baselinePeriod) { this.baselinePeriod = baselinePeriod; }
        public String getTarget() { return target; }
        public void setTarget(String target) { this.target = target; }
    }

    public static class ValueForm {
        private Long indicatorId;
        private String period;
        private String value;
        private String groupSize;
        private String comment;

        public Long getIndicatorId() { return indicatorId; }
        public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getGroupSize() { return groupSize; }
        public void setGroupSize(String groupSize) { this.groupSize = groupSize; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    private final Investments investments;
    private final OutcomesContracts contracts;
    private final FundLedger ledger;
    private final Organisations organisations;
    private final Users users;
    private final Flash flash;
    private final Clock clock;

    InvestmentController(Investments investments, OutcomesContracts contracts, FundLedger ledger, Organisations organisations,
            Users users, Flash flash, Clock clock) {
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
        model.addAttribute("indicatorForm", new IndicatorForm());
        model.addAttribute("valueForm", new ValueForm());
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
    String addIndicator(@PathVariable long id, @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        BigDecimal baseline = FormInput.decimal(form.getBaseline(), "baseline", result);
        BigDecimal target = FormInput.decimal(form.getTarget(), "target", result);
        if (!result.hasErrors()) {
            try {
                investments.addIndicator(id, new Investments.NewIndicator(form.getName(), form.getUnit(), baseline,
                        form.getBaselinePeriod(), target, null));
                flash.add(redirect, "investment.indicatorAdded");
                return "redirect:/investments/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("valueForm", new ValueForm());
        return page(id, model);
    }

    @PostMapping("/investments/{id}/values")
    String reportValue(@PathVariable long id, @ModelAttribute("valueForm") ValueForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        BigDecimal value = FormInput.decimal(form.getValue(), "value", result);
        Integer groupSize = null;
        if (form.getGroupSize() != null && !form.getGroupSize().isBlank()) {
            try {
                groupSize = Integer.valueOf(form.getGroupSize().strip());
            } catch (NumberFormatException e) {
                result.rejectValue("groupSize", "number.error.format");
            }
        }
        if (form.getIndicatorId() == null) {
            result.rejectValue("indicatorId", "investment.error.indicatorRequired");
        }
        if (!result.hasErrors()) {
            try {
                investments.reportValue(id, form.getIndicatorId(), form.getPeriod(), value, groupSize, form.getComment());
                flash.add(redirect, "investment.valueReported");
                return "redirect:/investments/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("indicatorForm", new IndicatorForm());
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
            if (cap == null || unitPrice == null || perPeriod == null || investorOrganisationId == null || indicatorId == null) {
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
        model.addAttribute("mayReport", investments.mayReport(investment));
        model.addAttribute("mayDefine", investments.mayDefineIndicators(investment));
        model.addAttribute("leaders", users.current().is(Role.OFFICER) ? users.withRole(Role.PROJECT_LEADER) : java.util.List.of());
        for (String form : new String[] {"indicatorForm", "valueForm"}) {
            if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + form)) {
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + form, new BeanPropertyBindingResult(model.getAttribute(form), form));
            }
        }
        return "investment/show";
    }

}
