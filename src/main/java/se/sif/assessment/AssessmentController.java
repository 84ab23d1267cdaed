package se.sif.assessment;

import org.jspecify.annotations.Nullable;
import se.sif.shared.web.Flash;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import se.sif.application.Applications;
import se.sif.call.CallView;
import se.sif.call.Calls;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;

@Controller
class AssessmentController {

    /** The scoring form: one chosen score per area, by area name. */
    public static class ScoreForm {
        private @Nullable Long version;
        private Map<String, String> scores = new HashMap<>();
        private @Nullable String comment;

        public @Nullable Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public Map<String, String> getScores() { return scores; }
        public void setScores(Map<String, String> scores) { this.scores = scores; }
        public @Nullable String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    private final Assessments assessments;
    private final Applications applications;
    private final Calls calls;
    private final MessageSource messages;
    private final Flash flash;

    AssessmentController(Assessments assessments, Applications applications, Calls calls, MessageSource messages, Flash flash) {
        this.assessments = assessments;
        this.applications = applications;
        this.calls = calls;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/assessment")
    String workList(Model model) {
        model.addAttribute("items", assessments.workList());
        return "assessment/list";
    }

    @GetMapping("/assessment/{id}")
    String scoring(@PathVariable long id, Model model) {
        ScoreForm form = new ScoreForm();
        assessments.mine(id).ifPresent(mine -> {
            form.setVersion(mine.version());
            form.setComment(mine.comment());
            mine.scores().forEach((area, score) -> form.getScores().put(area.name(), score.name()));
        });
        model.addAttribute("scoreForm", form);
        return scoringPage(id, model);
    }

    @PostMapping("/assessment/{id}")
    String save(@PathVariable long id, @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
            @RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
        Map<RubricArea, Score> scores = new EnumMap<>(RubricArea.class);
        for (RubricArea area : RubricArea.values()) {
            String value = form.getScores().get(area.name());
            if (value != null && !value.isBlank()) {
                try {
                    scores.put(area, Score.valueOf(value));
                } catch (IllegalArgumentException e) {
                    result.reject("assessment.error.unknownScore");
                }
            }
        }
        boolean submit = "submit".equals(action);
        if (submit) {
            for (RubricArea area : RubricArea.values()) {
                if (!scores.containsKey(area)) {
                    result.rejectValue("scores[" + area.name() + "]", "assessment.error.areaMissing",
                            new Object[] {messages.getMessage("rubric." + area.name(), null, LocaleContextHolder.getLocale())}, null);
                }
            }
        }
        if (!result.hasErrors()) {
            try {
                assessments.save(id, form.getVersion(), scores, form.getComment(), submit);
                flash.add(redirect, submit ? "assessment.submitted" : "assessment.draftSaved");
                return "redirect:/assessment/" + id;
            } catch (ConcurrentEditException e) {
                result.reject("problem.concurrentEdit");
            } catch (DomainException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return scoringPage(id, model);
    }

    @PostMapping("/assessment/{id}/conflict")
    String declareConflict(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        try {
            assessments.declareConflict(id, reason);
        } catch (DomainException e) {
            model.addAttribute("scoreForm", new ScoreForm());
            model.addAttribute("conflictError", e.messageKey());
            return scoringPage(id, model);
        }
        flash.add(redirect, "assessment.conflictDeclared");
        return "redirect:/assessment/" + id;
    }

    @GetMapping("/applications/{id}/scores")
    String panelScores(@PathVariable long id, Model model) {
        model.addAttribute("app", applications.get(id));
        model.addAttribute("assessments", assessments.panelScores(id));
        model.addAttribute("areas", RubricArea.values());
        return "assessment/scores";
    }

    @GetMapping("/ranking")
    String ranking(@RequestParam(required = false) Long callId, Model model) {
        List<CallView> all = calls.all();
        Long chosen = callId;
        if (chosen == null) {
            chosen = all.stream().filter(c -> !assessments.ranking(c.id()).isEmpty()).map(CallView::id).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0).id());
        }
        model.addAttribute("calls", all);
        model.addAttribute("callId", chosen);
        model.addAttribute("ranking", chosen == null ? List.of() : assessments.ranking(chosen));
        return "assessment/ranking";
    }

    private String scoringPage(long id, Model model) {
        model.addAttribute("app", assessments.applicationForPanel(id));
        boolean conflict = assessments.conflictDeclared(id);
        model.addAttribute("conflict", conflict);
        var mine = conflict ? java.util.Optional.<PanelAssessment>empty() : assessments.mine(id);
        model.addAttribute("mine", mine.orElse(null));
        model.addAttribute("areas", RubricArea.values());
        model.addAttribute("scale", Score.values());
        boolean submitted = mine.map(PanelAssessment::submitted).orElse(false);
        model.addAttribute("others", submitted ? assessments.panelScores(id) : List.of());
        if (!model.containsAttribute("org.springframework.validation.BindingResult.scoreForm")) {
            model.addAttribute("org.springframework.validation.BindingResult.scoreForm",
                    new BeanPropertyBindingResult(model.getAttribute("scoreForm"), "scoreForm"));
        }
        return "assessment/score";
    }
}
