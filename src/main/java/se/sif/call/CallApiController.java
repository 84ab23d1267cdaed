package se.sif.call;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sif.shared.web.FormField;

@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls", description = "Calls for proposals: built as drafts, published, open, closed, archived")
class CallApiController {

    private final Calls calls;

    private final CallQuestions questions;

    CallApiController(Calls calls, CallQuestions questions) {
        this.calls = calls;
        this.questions = questions;
    }

    @GetMapping
    @Operation(summary = "Calls, newest deadline first, paged; optionally one fund's, or only the open ones "
            + "(drafts only for officers)")
    se.sif.shared.web.Page<CallView> all(@RequestParam(required = false) @Nullable Long fundId,
            @RequestParam(required = false) @Nullable Boolean open, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        return se.sif.shared.web.Page.of(calls.all()
            .stream()
            .filter(call -> fundId == null || call.fundId() == fundId)
            .filter(call -> open == null || call.open() == open)
            .toList(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One call with its current content")
    CallView one(@PathVariable long id) {
        return calls.get(id);
    }

    @GetMapping("/{id}/versions/{versionNo}")
    @Operation(summary = "One version of a call's content: what an application written against it was asked")
    CallContent version(@PathVariable long id, @PathVariable int versionNo) {
        calls.get(id);
        return calls.content(id, versionNo);
    }

    /**
     * A call's content. The times carry their offset (e.g. 2027-03-31T23:59:00+02:00), so
     * there is no doubt about the zone; no eligibility means the usual rules (the region
     * and a municipality, co-financing required), no project types both types with Table
     * 1 and their own criteria, no triage checklist Table 2, no kind a call for social
     * investments when started and the call's own kind when revised ({@code PRE_STUDY}
     * takes pre-study applications on the lighter form).
     */
    record CallRequest(@Nullable Long fundId, @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) @Nullable String purpose, @Size(max = 2000) @Nullable String focus,
            @Size(max = 20000) @Nullable String description, @NotNull @Positive Long budgetCeilingOre,
            @Nullable Long minAmountOre, @Nullable Long maxAmountOre, @Nullable LocalDate earliestStart,
            @Nullable LocalDate latestEnd, @Nullable Integer maxMonths,
            @FormField("opensDate") @Nullable OffsetDateTime opensAt,
            @FormField("deadlineDate") @NotNull OffsetDateTime deadline, @Nullable Integer handlingDays,
            CallContent.@Nullable Eligibility eligibility, java.util.@Nullable Map<ProjectType, Criteria> projectTypes,
            java.util.@Nullable List<String> triageChecklist, CallContent.@Nullable Kind kind, @Nullable Long version) {

        CallContent content(CallContent.Kind unsaid) {
            return new CallContent(title, purpose, focus, description, budgetCeilingOre, minAmountOre, maxAmountOre,
                    earliestStart, latestEnd, maxMonths, opensAt == null ? null : opensAt.toInstant(),
                    deadline.toInstant(), handlingDays,
                    eligibility == null ? CallContent.Eligibility.USUAL : eligibility,
                    projectTypes == null ? Criteria.usual() : projectTypes,
                    triageChecklist == null ? Criteria.TABLE_2 : triageChecklist, kind == null ? unsaid : kind);
        }

    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/calls/{body.id}")
    @Operation(summary = "Start a call as a draft (operative working group); publish it to open it")
    CallView create(@Valid @RequestBody CallRequest request) {
        if (request.fundId() == null) {
            throw se.sif.shared.DomainException.onField("fundId", "call.error.fundRequired");
        }
        return calls.get(calls.create(request.fundId(), request.content(CallContent.Kind.INVESTMENT)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save a changed content as the call's next version (needs the call's version as read)")
    CallView revise(@PathVariable long id, @Valid @RequestBody CallRequest request) {
        if (request.version() == null) {
            throw se.sif.shared.DomainException.onField("version", "problem.versionRequired");
        }
        // a revision that does not say keeps the kind the call has
        calls.revise(id, request.version(), request.content(calls.get(id).content().kind()));
        return calls.get(id);
    }

    record Version(@NotNull Long version) {
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish a draft: visible to everyone, open for applications from its opening time")
    CallView publish(@PathVariable long id, @Valid @RequestBody Version request) {
        calls.publish(id, request.version());
        return calls.get(id);
    }

    @PostMapping("/{id}/archival")
    @Operation(summary = "Archive a closed call")
    CallView archive(@PathVariable long id, @Valid @RequestBody Version request) {
        calls.archive(id, request.version());
        return calls.get(id);
    }

    @PostMapping("/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/calls/{body.id}")
    @Operation(summary = "Copy a call to a new round: a draft with the same content")
    CallView copy(@PathVariable long id) {
        return calls.get(calls.copy(id));
    }

    @GetMapping("/{id}/questions")
    @Operation(summary = "The call's questions: the answered ones for everyone (without the asker), "
            + "one's own unanswered ones, and all of them with askers for officers")
    java.util.List<CallQuestion> questions(@PathVariable long id) {
        return questions.forCall(id);
    }

    @GetMapping("/{id}/questions/{questionId}")
    @Operation(summary = "One question as the caller may see it")
    CallQuestion question(@PathVariable long id, @PathVariable long questionId) {
        return questions.forCall(id)
            .stream()
            .filter(q -> q.id() == questionId)
            .findFirst()
            .orElseThrow(() -> new se.sif.shared.NotFoundException("question", questionId));
    }

    record Question(@Nullable String question) {
    }

    @PostMapping("/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/calls/{id}/questions/{body.id}")
    @Operation(summary = "Ask a question about a published call (applicant)")
    CallQuestion ask(@PathVariable long id, @RequestBody Question request) {
        return question(id, questions.ask(id, request.question()));
    }

    record Answer(@NotNull Long version, @Nullable String question, @Nullable String answer) {
    }

    @PostMapping("/{id}/questions/{questionId}/answer")
    @Operation(summary = "Answer a question and publish it on the call's page, optionally tidying the question "
            + "(officer); answering again corrects the answer")
    CallQuestion answer(@PathVariable long id, @PathVariable long questionId, @Valid @RequestBody Answer request) {
        questions.answer(id, questionId, request.version(), request.question(), request.answer());
        return question(id, questionId);
    }

}
