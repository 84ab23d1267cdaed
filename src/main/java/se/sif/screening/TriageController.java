package se.sif.screening;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.application.Applications;
import se.sif.identity.Permissions;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

/**
 * The triage page of one application for a member of the working group: the declaration
 * of (no) conflict of interest first, then the Table 2 checklist and grade, the other
 * members' grades once one's own is in, and the group's agreed grade per pass.
 */
@Controller
class TriageController {

    private final Triage triage;

    private final Applications applications;

    private final Flash flash;

    private final Permissions permissions;

    TriageController(Triage triage, Applications applications, Flash flash, Permissions permissions) {
        this.triage = triage;
        this.applications = applications;
        this.flash = flash;
        this.permissions = permissions;
    }

    @GetMapping("/applications/{id}/triage")
    String page(@PathVariable long id, Model model) {
        return render(id, model);
    }

    @PostMapping("/applications/{id}/triage/declaration")
    String declare(@PathVariable long id, @Valid @ModelAttribute("declarationForm") TriageForms.DeclarationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                triage.declare(id, Boolean.TRUE.equals(form.conflict()), form.declarationNote());
                flash.add(redirect,
                        Boolean.TRUE.equals(form.conflict()) ? "sifting.declared.conflict" : "sifting.declared.none");
                return "redirect:/applications/" + id + "/triage";
            }
            catch (DomainException e) {
                FormErrors.reject(result, e, TriageForms.DeclarationForm::field);
            }
        }
        return render(id, model);
    }

    @PostMapping("/applications/{id}/triage/declaration/withdrawal")
    String withdraw(@PathVariable long id, @Valid @ModelAttribute("withdrawalForm") TriageForms.WithdrawalForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                triage.withdraw(id, form.withdrawnNote());
                flash.add(redirect, "sifting.withdrawn");
                return "redirect:/applications/" + id + "/triage";
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return render(id, model);
    }

    @PostMapping("/applications/{id}/triage/grade")
    String grade(@PathVariable long id, @Valid @ModelAttribute("gradeForm") TriageForms.GradeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                triage.grade(id, form.revises(), form.grade(), form.criteriaMet(), form.gradeNote());
                flash.add(redirect, "sifting.graded");
                return "redirect:/applications/" + id + "/triage";
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e, TriageForms.GradeForm::field);
            }
        }
        return render(id, model);
    }

    @PostMapping("/applications/{id}/triage/agreement")
    String agree(@PathVariable long id, @Valid @ModelAttribute("agreementForm") TriageForms.AgreementForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Triage.Agreement agreed = triage.agree(id, form.pass(), form.agreedGrade(), form.agreementNote());
                flash.add(redirect, "sifting.agreed." + agreed.grade());
                return "redirect:/applications/" + id + "/triage";
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e, TriageForms.AgreementForm::field);
            }
        }
        return render(id, model);
    }

    private String render(long id, Model model) {
        Triage.Sheet sheet = triage.sheet(id);
        model.addAttribute("app", applications.get(id));
        model.addAttribute("sheet", sheet);
        model.addAttribute("mayAct", permissions.allows(triage, "grade"));
        if (!model.containsAttribute("declarationForm")) {
            model.addAttribute("declarationForm", TriageForms.DeclarationForm.blank());
        }
        if (!model.containsAttribute("withdrawalForm")) {
            model.addAttribute("withdrawalForm", new TriageForms.WithdrawalForm(null));
        }
        if (!model.containsAttribute("gradeForm")) {
            model.addAttribute("gradeForm", TriageForms.GradeForm.of(sheet.myGrade()));
        }
        if (!model.containsAttribute("agreementForm")) {
            model.addAttribute("agreementForm", new TriageForms.AgreementForm(sheet.pass(), null, null));
        }
        return "screening/triage";
    }

}
