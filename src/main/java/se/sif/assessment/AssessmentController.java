package se.sif.assessment;

import org.jspecify.annotations.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    /**
     * The scoring form: one chosen score per area (by area name), the comment, and which
     * button was pressed ("submit" sends the scores to the panel, anything else keeps a
     * draft). A bean rather than a record: the scores arrive as {@code scores[AREA]}
     * parameters, which constructor binding does not gather into a map.
     */
    static final class ScoreForm {

        private Long version;

        private Map<String, String> scores = new HashMap<>();

        @Size(max = 8000)
        private String comment;

        private String action;

        static ScoreForm of(PanelAssessment mine) {
            ScoreForm form = new ScoreForm();
            form.version = mine.version();
            form.comment = mine.comment();
            mine.scores().forEach((area, score) -> form.scores.put(area.name(), score.name()));
            return form;
        }

        static ScoreForm blank() {
            return new ScoreForm();
        }

        boolean submit() {
            return "submit".equals(action);
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public Map<String, String> getScores() {
            return scores;
        }

        public void setScores(Map<String, String> scores) {
            this.scores = scores;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

    }

    /** A declared conflict of interest and why. */
    record ConflictForm(@Size(max = 2000) @Nullable String reason) {
    }

    private final Assessments assessments;

    private final Applications applications;

    private final Calls calls;

    private final MessageSource messages;

    private final Flash flash;

    AssessmentController(Assessments assessments, Applications applications, Calls calls, MessageSource messages,
            Flash flash) {
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
        model.addAttribute("scoreForm", assessments.mine(id).map(ScoreForm::of).orElse(ScoreForm.blank()));
        return scoringPage(id, model);
    }

    @PostMapping("/assessment/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Map<RubricArea, Score> scores = new EnumMap<>(RubricArea.class);
        for (RubricArea area : RubricArea.values()) {
            String value = form.getScores().get(area.name());
            if (value != null && !value.isBlank()) {
                try {
                    scores.put(area, Score.valueOf(value));
                }
                catch (IllegalArgumentException e) {
                    result.reject("assessment.error.unknownScore");
                }
            }
        }
        boolean submit = form.submit();
        if (submit) {
            for (RubricArea area : RubricArea.values()) {
                if (!scores.containsKey(area)) {
                    result
                        .rejectValue(
                                "scores[" + area.name() + "]", "assessment.error.areaMissing", new Object[] { messages
                                    .getMessage("rubric." + area.name(), null, LocaleContextHolder.getLocale()) },
                                null);
                }
            }
        }
        if (!result.hasErrors()) {
            try {
                assessments.save(id, form.getVersion(), scores, form.getComment(), submit);
                flash.add(redirect, submit ? "assessment.submitted" : "assessment.draftSaved");
                return "redirect:/assessment/" + id;
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return scoringPage(id, model);
    }

    @PostMapping("/assessment/{id}/conflict")
    String declareConflict(@PathVariable long id, @Valid @ModelAttribute("conflictForm") ConflictForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                assessments.declareConflict(id, form.reason());
                flash.add(redirect, "assessment.conflictDeclared");
                return "redirect:/assessment/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("scoreForm", assessments.mine(id).map(ScoreForm::of).orElse(ScoreForm.blank()));
        return scoringPage(id, model);
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
            chosen = all.stream()
                .filter(c -> !assessments.ranking(c.id()).isEmpty())
                .map(CallView::id)
                .findFirst()
                .orElse(all.isEmpty() ? null : all.get(0).id());
        }
        model.addAttribute("calls", all);
        model.addAttribute("callId", chosen);
        model.addAttribute("ranking", chosen == null ? List.of() : assessments.ranking(chosen));
        model.addAttribute("minimumAssessments", assessments.minimumAssessments());
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
        model.addAttribute("others", assessments.maySeePanelScores(id) ? assessments.panelScores(id) : List.of());
        if (!model.containsAttribute("conflictForm")) {
            model.addAttribute("conflictForm", new ConflictForm(null));
        }
        return "assessment/score";
    }

}
