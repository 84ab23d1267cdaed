package se.sif.screening;

import se.sif.shared.web.Flash;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
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
import se.sif.shared.web.FormErrors;

@Controller
class ScreeningController {

    private final Screenings screenings;

    private final Applications applications;

    private final Flash flash;

    private final Permissions permissions;

    private final Triage triage;

    ScreeningController(Screenings screenings, Applications applications, Flash flash, Permissions permissions,
            Triage triage) {
        this.triage = triage;
        this.screenings = screenings;
        this.applications = applications;
        this.flash = flash;
        this.permissions = permissions;
    }

    @GetMapping("/screening")
    String workList(Model model) {
        var applications = screenings.workList();
        model.addAttribute("applications", applications);
        model.addAttribute("standings",
                triage.standings(applications.stream().map(se.sif.application.ApplicationView::id).toList()));
        return "screening/list";
    }

    @GetMapping("/applications/{id}/screening")
    String form(@PathVariable long id, Model model) {
        requireMayRecord();
        model.addAttribute("screeningForm",
                screenings.resultFor(id)
                    .map(r -> ScreeningForm.of(r, screenings.completionSections(r)))
                    .orElseGet(() -> ScreeningForm.blank(triage.agreed(id).map(Triage.Agreement::grade).orElse(null))));
        return page(id, model);
    }

    /**
     * The written rejection after the sifting, for whoever may read the application: its
     * applicant reads the reasons and how to appeal here.
     */
    @GetMapping("/applications/{id}/rejection")
    String rejection(@PathVariable long id, Model model) {
        model.addAttribute("rejection",
                screenings.rejection(id).orElseThrow(() -> new se.sif.shared.NotFoundException("rejection", id)));
        return "screening/rejection";
    }

    @PostMapping("/applications/{id}/screening")
    String record(@PathVariable long id, @Valid @ModelAttribute("screeningForm") ScreeningForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireMayRecord();
        if (!result.hasErrors()) {
            try {
                screenings.record(id, form.version(), form.recording());
                flash.add(redirect, "screening.recorded");
                return "redirect:/applications/" + id;
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(id, model);
    }

    private String page(long id, Model model) {
        model.addAttribute("app", applications.get(id));
        model.addAttribute("formalCheck", screenings.formalCheck(id));
        model.addAttribute("triage", triage.sheet(id));
        model.addAttribute("reasons", RejectionReason.values());
        model.addAttribute("outcomes", ScreeningOutcome.values());
        model.addAttribute("sections", se.sif.application.ApplicationSection.values());
        return "screening/form";
    }

    /**
     * The screening form is offered to whoever may record a screening:
     * {@link Screenings#record}'s own rule (also before a form with errors is shown
     * again). The work list is {@link Screenings#workList}'s.
     */
    private void requireMayRecord() {
        if (!permissions.allows(screenings, "record")) {
            throw new AccessDeniedException("may not record a screening");
        }
    }

}
