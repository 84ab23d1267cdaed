package se.sif.investment;

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
import se.sif.identity.Role;
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
    private final Users users;
    private final Flash flash;

    InvestmentController(Investments investments, Users users, Flash flash) {
        this.investments = investments;
        this.users = users;
        this.flash = flash;
    }

    @GetMapping("/investments")
    String list(Model model) {
        model.addAttribute("investments", investments.all());
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

    private String page(long id, Model model) {
        InvestmentView investment = investments.get(id);
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
