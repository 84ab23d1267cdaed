package se.sif.call;

import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.fund.FundLedger;
import se.sif.identity.Permissions;
import se.sif.organisation.Organisation;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

@Controller
class CallController {

    private final Calls calls;

    private final FundLedger funds;

    private final Permissions permissions;

    private final CallText text;

    private final Flash flash;

    private final CallQuestions questions;

    CallController(Calls calls, FundLedger funds, Permissions permissions, CallText text, Flash flash,
            CallQuestions questions) {
        this.questions = questions;
        this.calls = calls;
        this.funds = funds;
        this.permissions = permissions;
        this.text = text;
        this.flash = flash;
    }

    @GetMapping("/calls")
    String list(@RequestParam(required = false) @Nullable Boolean open, se.sif.shared.ListQuery query, Model model) {
        se.sif.shared.ListPage<CallView> page = calls.list(open, query);
        model.addAttribute("open", open);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("calls", page.items());
        return "call/list";
    }

    @GetMapping("/calls/{id}")
    String show(@PathVariable long id, Model model) {
        return showPage(calls.get(id), model);
    }

    private String showPage(CallView call, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("callText", text.html(call.content().description()));
        model.addAttribute("questions", questions.forCall(call.id()));
        // what every accepted type asks is said once, then what each type asks besides
        java.util.List<String> common = call.content()
            .projectTypes()
            .values()
            .stream()
            .map(Criteria::criteria)
            .reduce((a, b) -> a.stream().filter(b::contains).toList())
            .orElse(java.util.List.of());
        model.addAttribute("commonCriteria", call.content().projectTypes().size() > 1 ? common : java.util.List.of());
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", new QuestionForm(null));
        }
        return "call/show";
    }

    /** A question as the applicant types it. */
    record QuestionForm(@jakarta.validation.constraints.NotBlank(
            message = "{call.error.questionRequired}") @jakarta.validation.constraints.Size(
                    max = CallQuestions.MAX_QUESTION,
                    message = "{call.error.questionLength}") @Nullable String question) {
    }

    @PostMapping("/calls/{id}/questions")
    String ask(@PathVariable long id, @Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                questions.ask(id, form.question());
                flash.add(redirect, "call.questionAsked");
                return "redirect:/calls/" + id + "#questions";
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return showPage(calls.get(id), model);
    }

    /**
     * The officer's answer as typed, with the question as it will be published;
     * {@code version} is the question's as the page showed it.
     */
    record AnswerForm(@Nullable Long version,
            @jakarta.validation.constraints.Size(max = CallQuestions.MAX_QUESTION,
                    message = "{call.error.questionLength}") @Nullable String question,
            @jakarta.validation.constraints.NotBlank(
                    message = "{call.error.answerRequired}") @jakarta.validation.constraints.Size(
                            max = CallQuestions.MAX_ANSWER,
                            message = "{call.error.answerLength}") @Nullable String answer) {
    }

    @GetMapping("/calls/{id}/questions/{questionId}")
    String question(@PathVariable long id, @PathVariable long questionId, Model model) {
        CallQuestion question = question(id, questionId);
        model.addAttribute("answerForm", new AnswerForm(question.version(), question.question(), question.answer()));
        return answerPage(id, question, model);
    }

    @PostMapping("/calls/{id}/questions/{questionId}")
    String answer(@PathVariable long id, @PathVariable long questionId,
            @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                questions.answer(id, questionId, form.version() == null ? -1 : form.version(), form.question(),
                        form.answer());
                flash.add(redirect, "call.questionAnswered");
                return "redirect:/calls/" + id + "#questions";
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
        }
        return answerPage(id, question(id, questionId), model);
    }

    private CallQuestion question(long callId, long questionId) {
        if (!permissions.allows(questions, "answer")) {
            throw new AccessDeniedException("may not answer");
        }
        return questions.forCall(callId)
            .stream()
            .filter(q -> q.id() == questionId)
            .findFirst()
            .orElseThrow(() -> new se.sif.shared.NotFoundException("question", questionId));
    }

    private String answerPage(long callId, CallQuestion question, Model model) {
        model.addAttribute("call", calls.get(callId));
        model.addAttribute("question", question);
        return "call/answer";
    }

    @GetMapping("/calls/new")
    String newCall(Model model) {
        requireMayBuild();
        model.addAttribute("callForm", CallForm.BLANK);
        return builder(null, model);
    }

    @PostMapping("/calls")
    String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireMayBuild();
        if (!result.hasErrors()) {
            try {
                long id = calls.create(Objects.requireNonNull(form.fundId()), form.content());
                flash.add(redirect, "call.saved");
                return "redirect:/calls/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return builder(null, model);
    }

    @GetMapping("/calls/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        requireMayBuild();
        CallView call = calls.get(id);
        model.addAttribute("callForm", CallForm.of(call));
        return builder(call, model);
    }

    @PostMapping("/calls/{id}")
    String revise(@PathVariable long id, @Valid @ModelAttribute("callForm") CallForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        requireMayBuild();
        CallView call = calls.get(id);
        if (!result.hasErrors()) {
            try {
                long version = form.version() == null ? -1 : form.version();
                flash.add(redirect, "call.revised", calls.revise(id, version, form.content()));
                return "redirect:/calls/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
        }
        return builder(call, model);
    }

    @PostMapping("/calls/{id}/publication")
    String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        flash.attempt(redirect, "call.published", () -> calls.publish(id, version));
        return "redirect:/calls/" + id;
    }

    @PostMapping("/calls/{id}/archival")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        flash.attempt(redirect, "call.archived", () -> calls.archive(id, version));
        return "redirect:/calls/" + id;
    }

    @PostMapping("/calls/{id}/copy")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        long copy = calls.copy(id);
        flash.add(redirect, "call.copied");
        return "redirect:/calls/" + copy + "/edit";
    }

    /** The builder's page, for a new call ({@code call} null) or a saved one. */
    private String builder(@Nullable CallView call, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("funds", funds.names());
        model.addAttribute("principalKinds", Organisation.Kind.values());
        model.addAttribute("collaborations", CallContent.Collaboration.values());
        model.addAttribute("kinds", CallContent.Kind.values());
        // applications already written keep their kind: only a draft's may change
        model.addAttribute("kindFixed", call != null && call.status() != CallStatus.DRAFT);
        model.addAttribute("projectTypes", ProjectType.values());
        model.addAttribute("criteriaCatalogue", Criteria.CATALOGUE);
        model.addAttribute("rubricAreas", Criteria.RUBRIC_AREAS);
        model.addAttribute("thresholds", java.util.List.of(1, 2, 3, 4));
        model.addAttribute("triageCatalogue", Criteria.TABLE_2);
        return "call/edit";
    }

    /**
     * The builder is offered to whoever may build a call: {@link Calls#create}'s own rule
     * (also before a form with errors is shown again).
     */
    private void requireMayBuild() {
        if (!permissions.allows(calls, "create")) {
            throw new AccessDeniedException("may not build a call");
        }
    }

}
