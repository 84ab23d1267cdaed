package se.sif.decision;

import java.time.Clock;
import se.sif.shared.web.Flash;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.application.Applications;
import se.sif.shared.Stockholm;
import se.sif.shared.DomainException;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.FormInput;

@Controller
class DecisionController {

    private final Decisions decisions;
    private final Proposals proposals;
    private final Applications applications;
    private final Flash flash;
    private final Clock clock;

    DecisionController(Decisions decisions, Proposals proposals, Applications applications, Flash flash, Clock clock) {
        this.clock = clock;
        this.decisions = decisions;
        this.proposals = proposals;
        this.applications = applications;
        this.flash = flash;
    }

    @GetMapping("/applications/{id}/decision")
    String show(@PathVariable long id, Model model) {
        var decision = decisions.forApplication(id);
        if (decision.isPresent()) {
            model.addAttribute("app", applications.get(id));
            model.addAttribute("decision", decision.get());
            return "decision/show";
        }
        DecisionForm form = new DecisionForm();
        form.setDecidedOn(LocalDate.now(clock));
        model.addAttribute("decisionForm", form);
        return formPage(id, model);
    }

    @PostMapping("/applications/{id}/decision")
    @PreAuthorize("hasRole('BOARD')")
    String record(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Long amount = FormInput.kronor(form.getGrantedAmount(), "grantedAmount", result);
        if (!result.hasErrors()) {
            boolean grant = "GRANTED".equals(form.getOutcome());
            try {
                decisions.record(id, new Decisions.Recording(grant, grant ? amount : null, form.getReasons(),
                        form.getDecidedOn(), form.getMinutesParagraph(), form.getMinutesPostedOn(),
                        form.getCondition() == null || form.getCondition().isBlank() ? List.of()
                                : List.of(new DecisionView.Condition(1, form.getCondition(), form.getConditionDueDate()))));
                flash.add(redirect, "decision.recorded");
                return "redirect:/applications/" + id + "/decision";
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return formPage(id, model);
    }

    @PostMapping("/applications/{id}/proposal")
    String propose(@PathVariable long id, @RequestParam(required = false) String recommendation,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String reasons,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        flash.attempt(redirect, "proposal.recorded", () -> {
            if (recommendation == null) {
                throw new DomainException("proposal.error.form");
            }
            DecisionOutcome outcome = DecisionOutcome.parse(recommendation);
            if (outcome == null) {
                throw new DomainException("proposal.error.form");
            }
            boolean grant = outcome.grant();
            proposals.propose(id, version, grant, grant ? FormInput.kronor(amount) : null, reasons);
        });
        return "redirect:/applications/" + id + "/decision";
    }

    @PostMapping("/applications/{id}/proposal/endorsement")
    String endorse(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        flash.attempt(redirect, "proposal.endorsed", () -> proposals.endorse(id, version, comment));
        return "redirect:/applications/" + id + "/decision";
    }

    private String formPage(long id, Model model) {
        model.addAttribute("app", applications.get(id));
        model.addAttribute("proposal", proposals.forApplication(id).orElse(null));
        return "decision/form";
    }
}
