package se.sif.application;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import se.sif.call.CallContent;
import se.sif.call.Calls;
import se.sif.organisation.Organisations;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

/**
 * The application as a task list (the GOV.UK task list pattern): a page per section,
 * saved on its own ("save and continue" without JavaScript, and on every change with htmx
 * so a closed tab loses nothing), and the check-your-answers page the applicant submits
 * from.
 */
@Controller
class ApplicationTaskController {

    static final String FORM = "sectionForm";

    private final Applications applications;

    private final Calls calls;

    private final Organisations organisations;

    private final Flash flash;

    private final java.time.Clock clock;

    private final TaskLists taskLists;

    ApplicationTaskController(Applications applications, Calls calls, Organisations organisations, Flash flash,
            java.time.Clock clock, TaskLists taskLists) {
        this.taskLists = taskLists;
        this.clock = clock;
        this.applications = applications;
        this.calls = calls;
        this.organisations = organisations;
        this.flash = flash;
    }

    @GetMapping("/applications/{id}/edit")
    String tasks(@PathVariable long id, Model model) {
        ApplicationView application = applications.get(id);
        model.addAttribute("app", application);
        model.addAttribute("tasks", applications.taskList(application));
        model.addAttribute("editable", applications.editableSections(application));
        return "application/tasks";
    }

    @GetMapping("/applications/{id}/sections/{path}")
    String section(@PathVariable long id, @PathVariable String path, Model model) {
        ApplicationView application = applications.get(id);
        ApplicationSection section = section(path);
        CallContent call = calls.content(application.callId(), application.callVersion());
        model.addAttribute(FORM,
                SectionForm.of(application, ApplicationSections.typeQuestions(call, application.answers())));
        return sectionPage(application, section, call, model);
    }

    @PostMapping("/applications/{id}/sections/{path}")
    String save(@PathVariable long id, @PathVariable String path, @Valid @ModelAttribute(FORM) SectionForm form,
            BindingResult result, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model, RedirectAttributes redirect) {
        ApplicationView application = applications.get(id);
        ApplicationSection section = section(path);
        CallContent call = calls.content(application.callId(), application.callVersion());
        boolean autosave = htmx != null;
        if (!result.hasErrors()) {
            try {
                ApplicationView saved = applications.saveSection(id, form.version(), section, form.content(),
                        form.answersWithin(application.applicantOrganisationId()));
                if (autosave) {
                    model.addAttribute("saved", saved);
                    model.addAttribute("savedAt", java.time.LocalTime.now(clock.withZone(se.sif.shared.Stockholm.ZONE))
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
                    return "application/section :: autosaved";
                }
                flash.add(redirect, "application.section.saved");
                if (section == ApplicationSection.PARTNERS
                        && form.parties().size() != ApplicationSections.organisations(saved).size()) {
                    // a partner added or removed (now or by an autosave): the page had no
                    // row for it, so it is shown again with one to fill in
                    return "redirect:/applications/" + id + "/sections/" + path;
                }
                return "redirect:" + next(saved, section);
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e, field -> onPage(field, form));
            }
        }
        if (autosave) {
            // what could not be saved stays typed; the page says so without moving focus
            model.addAttribute("refused", result);
            return "application/section :: autosaved";
        }
        return sectionPage(application, section, call, model);
    }

    @GetMapping("/applications/{id}/check")
    String check(@PathVariable long id, Model model) {
        if (!model.containsAttribute("submission")) {
            model.addAttribute("submission",
                    new org.springframework.validation.BeanPropertyBindingResult(new Object(), "submission"));
        }
        ApplicationView application = applications.get(id);
        model.addAttribute("app", application);
        TaskLists.Answers answers = taskLists.answers(application);
        model.addAttribute("tasks", answers.tasks());
        model.addAttribute("typeQuestions", answers.typeQuestions());
        model.addAttribute("names", answers.names());
        model.addAttribute("mayEdit", !applications.editableSections(application).isEmpty());
        return "application/check";
    }

    /**
     * Submits from the check-your-answers page; a refusal (incomplete sections, the
     * deadline, unconfirmed partners) is shown there.
     */
    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam long version,
            Model model, RedirectAttributes redirect) {
        BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(new Object(), "submission");
        try {
            ApplicationView submitted = applications.submit(id, version);
            flash.add(redirect, "application.submitted", submitted.registrationNumber());
            return "redirect:/applications/" + id + "/receipt";
        }
        catch (IncompleteApplicationException e) {
            model.addAttribute("incomplete",
                    e.fields().stream().map(ApplicationSection::valueOf).map(ApplicationSections::path).toList());
        }
        catch (ConcurrentEditException e) {
            errors.reject("problem.concurrentEdit");
        }
        catch (DomainException e) {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
        model.addAttribute("submission", errors);
        return check(id, model);
    }

    private String sectionPage(ApplicationView application, ApplicationSection section, CallContent call, Model model) {
        if (!applications.editableSections(application).contains(section)) {
            // a locked section is read on the check-your-answers page
            return "redirect:/applications/" + application.id() + "/check";
        }
        model.addAttribute("app", application);
        model.addAttribute("section", section);
        model.addAttribute("call", call);
        model.addAttribute("years", ApplicationSections.years(application.startDate(), application.endDate()));
        model.addAttribute("typeQuestions", ApplicationSections.typeQuestions(call, application.answers()));
        model.addAttribute("names", organisations.names(ApplicationSections.organisations(application)));
        // the partners named, to keep or untick, and the rest of the register to add one
        // from, by kind of principal: a region's register has hundreds of organisations
        java.util.Set<Long> named = new java.util.HashSet<>(
                application.coApplicants().stream().map(ApplicationView.CoApplicant::organisationId).toList());
        List<se.sif.organisation.Organisation> others = organisations.all()
            .stream()
            .filter(o -> o.id() != application.applicantOrganisationId())
            .toList();
        model.addAttribute("partners", others.stream().filter(o -> named.contains(o.id())).toList());
        model.addAttribute("partnerGroups",
                others.stream()
                    .filter(o -> !named.contains(o.id()))
                    .sorted(java.util.Comparator.comparing(se.sif.organisation.Organisation::name))
                    .collect(java.util.stream.Collectors.groupingBy(se.sif.organisation.Organisation::kind,
                            () -> new java.util.EnumMap<>(se.sif.organisation.Organisation.Kind.class),
                            java.util.stream.Collectors.toList())));
        model.addAttribute("projectTypes", List.copyOf(call.projectTypes().keySet()));
        model.addAttribute("path", ApplicationSections.path(section));
        model.addAttribute("methodKinds", ApplicationAnswers.MethodKind.values());
        model.addAttribute("directions", ApplicationAnswers.Direction.values());
        return "application/section";
    }

    /**
     * After saving: the next section the call asks that the applicant may change, or the
     * task list after the last.
     */
    private String next(ApplicationView saved, ApplicationSection section) {
        java.util.Set<ApplicationSection> editable = applications.editableSections(saved);
        List<TaskList.Task> open = applications.taskList(saved)
            .tasks()
            .stream()
            .filter(t -> editable.contains(t.section()) || t.section() == section)
            .toList();
        for (int i = 0; i < open.size() - 1; i++) {
            if (open.get(i).section() == section) {
                return "/applications/" + saved.id() + "/sections/" + open.get(i + 1).path();
            }
        }
        return "/applications/" + saved.id() + "/edit";
    }

    private static ApplicationSection section(String path) {
        ApplicationSection section = ApplicationSections.ofPath(path);
        if (section == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return section;
    }

    /**
     * The rule's field as the page names it: the n:th indicator the rule was given is the
     * n:th row not left empty, and a value is typed in kronor.
     */
    private static String onPage(String field, SectionForm form) {
        String page = field.replace(".valueOre", ".value");
        if (page.startsWith("indicators[")) {
            int close = page.indexOf(']');
            int given = Integer.parseInt(page.substring("indicators[".length(), close));
            List<Integer> typedRows = new ArrayList<>();
            for (int row = 0; row < form.indicators().size(); row++) {
                if (!form.indicators().get(row).blank()) {
                    typedRows.add(row);
                }
            }
            if (given < typedRows.size()) {
                page = "indicators[" + typedRows.get(given) + page.substring(close);
            }
        }
        return page;
    }

}
