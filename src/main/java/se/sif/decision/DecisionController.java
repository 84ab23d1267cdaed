package se.sif.decision;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

/**
 * The decision page: the working group's proposal, the steering group's endorsement and
 * the board's decision, each a bound form that keeps what was typed when a rule refuses
 * it.
 */
@Controller
class DecisionController {

    private final Decisions decisions;

    private final Proposals proposals;

    private final Applications applications;

    private final Flash flash;

    private final Clock clock;

    private final se.sif.identity.Permissions permissions;

    DecisionController(Decisions decisions, Proposals proposals, Applications applications, Flash flash, Clock clock,
            se.sif.identity.Permissions permissions) {
        this.permissions = permissions;
        this.decisions = decisions;
        this.proposals = proposals;
        this.applications = applications;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/applications/{id}/decision")
    String show(@PathVariable long id, Model model) {
        var decision = decisions.forApplication(id);
        if (decision.isPresent()) {
            model.addAttribute("app", applications.get(id));
            model.addAttribute("decision", decision.get());
            model.addAttribute("owner", decisions.decidingBody(id));
            return "decision/show";
        }
        if (applications.get(id).status() == se.sif.application.ApplicationStatus.REJECTED) {
            // stopped by the sifting: its written rejection is the screening's
            return "redirect:/applications/" + id + "/rejection";
        }
        return formPage(id, model);
    }

    @PostMapping("/applications/{id}/decision")
    @PreAuthorize("hasRole('BOARD')")
    String record(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                decisions.record(id, form.recording());
                flash.add(redirect, "decision.recorded");
                return "redirect:/applications/" + id + "/decision";
            }
            catch (DomainException e) {
                // the page has the one condition of the rule's list
                FormErrors.reject(result, e,
                        field -> field.equals("conditions[0].dueDate") ? "conditionDueDate" : field);
            }
        }
        return formPage(id, model);
    }

    @PostMapping("/applications/{id}/proposal")
    String propose(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                proposals.propose(id, form.version(), form.grant(), form.grant() ? form.amount() : null,
                        form.reasons());
                flash.add(redirect, "proposal.recorded");
                return "redirect:/applications/" + id + "/decision";
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return formPage(id, model);
    }

    @PostMapping("/applications/{id}/proposal/endorsement")
    String endorse(@PathVariable long id, @Valid @ModelAttribute("endorsementForm") EndorsementForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                proposals.endorse(id, form.version(), form.comment());
                flash.add(redirect, "proposal.endorsed");
                return "redirect:/applications/" + id + "/decision";
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return formPage(id, model);
    }

    private String formPage(long id, Model model) {
        Proposal proposal = proposals.forApplication(id).orElse(null);
        model.addAttribute("app", applications.get(id));
        model.addAttribute("proposal", proposal);
        // who may act is each service method's own @PreAuthorize; what the proposal's
        // state allows is the page's
        boolean endorsed = proposal != null && proposal.endorsed();
        model.addAttribute("may",
                new DecisionPage.Capabilities(!endorsed && permissions.allows(proposals, "propose"),
                        proposal != null && !endorsed && permissions.allows(proposals, "endorse"),
                        permissions.allows(decisions, "record"), endorsed));
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", ProposalForm.of(proposal));
        }
        if (!model.containsAttribute("endorsementForm")) {
            model.addAttribute("endorsementForm", new EndorsementForm(proposal == null ? 0 : proposal.version(), null));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.decidedOn(LocalDate.now(clock)));
        }
        return "decision/form";
    }

}
