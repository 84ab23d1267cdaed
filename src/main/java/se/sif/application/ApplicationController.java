package se.sif.application;

import se.sif.shared.web.Flash;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import se.sif.organisation.Organisations;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.web.FormErrors;

@Controller
class ApplicationController {

    private final Applications applications;

    private final Organisations organisations;

    private final Flash flash;

    private final se.sif.identity.Permissions permissions;

    private final se.sif.call.Calls calls;

    private final ApplicationStatistics statistics;

    private final ApplicationPage page;

    ApplicationController(Applications applications, Organisations organisations, Flash flash,
            se.sif.identity.Permissions permissions, se.sif.call.Calls calls, ApplicationStatistics statistics,
            ApplicationPage page) {
        this.page = page;
        this.calls = calls;
        this.statistics = statistics;
        this.permissions = permissions;
        this.applications = applications;
        this.organisations = organisations;
        this.flash = flash;
    }

    @GetMapping("/applications")
    String list(@RequestParam(required = false) Long callId, @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String text, se.sif.shared.ListQuery query, Model model) {
        Applications.Filter filter = new Applications.Filter(callId, status, text);
        se.sif.shared.ListPage<ApplicationView> page = applications.list(filter, query);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("applications", applications.listItems(page.items()));
        model.addAttribute("calls", calls.all());
        model.addAttribute("mayExport", permissions.allows(applications, "exported"));
        model.addAttribute("mayCount", permissions.allows(statistics, "forCall"));
        model.addAttribute("statuses", ApplicationStatus.values());
        // an applicant's list is their own organisation's applications, drafts included
        model.addAttribute("own", permissions.allows(applications, "startDraft"));
        return "application/list";
    }

    /**
     * Starts an application from the call's page, or a full application from a
     * pre-study's page ({@code preStudyId}); a refusal goes back to the page it came
     * from.
     */
    @PostMapping("/applications")
    String start(@RequestParam long callId, @RequestParam(required = false) @Nullable Long preStudyId,
            RedirectAttributes redirect) {
        try {
            long id = preStudyId == null ? applications.startDraft(callId)
                    : applications.startFromPreStudy(callId, preStudyId);
            return "redirect:/applications/" + id + "/edit";
        }
        catch (DomainException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
            return preStudyId == null ? "redirect:/calls/" + callId : "redirect:/applications/" + preStudyId;
        }
    }

    @GetMapping("/applications/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("submission", new BeanPropertyBindingResult(new Object(), "submission"));
        return showPage(applications.get(id), model);
    }

    /**
     * A partner's answer as typed: confirm or decline, and a note (needed to decline).
     */
    record PartnerForm(
            @jakarta.validation.constraints.NotNull(
                    message = "{application.error.partnerAnswer}") @org.jspecify.annotations.Nullable Boolean confirm,
            @jakarta.validation.constraints.Size(max = 2000,
                    message = "{application.error.noteLength}") @org.jspecify.annotations.Nullable String note) {

        static final PartnerForm BLANK = new PartnerForm(null, null);

    }

    @PostMapping("/applications/{id}/partnership")
    String answerAsPartner(@PathVariable long id, @Valid @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                boolean confirm = java.util.Objects.requireNonNull(form.confirm());
                applications.answerAsPartner(id, confirm, form.note());
                flash.add(redirect, confirm ? "application.partnerConfirmed" : "application.partnerDeclined");
                return "redirect:/applications/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("submission", new BeanPropertyBindingResult(new Object(), "submission"));
        return showPage(applications.get(id), model);
    }

    private String showPage(ApplicationView application, Model model) {
        return page.show(application, model);
    }

}
