package se.sif.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
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

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Drafting and submitting applications")
class ApplicationApiController {

    private final Applications applications;

    ApplicationApiController(Applications applications) {
        this.applications = applications;
    }

    @GetMapping
    @Operation(summary = "Applications the caller may see (applicants: their own organisation's), paged; "
            + "optionally one call's, in one status, or with words in the title, registration number or "
            + "applicant's name; each with its completeness (answers the submission requires); "
            + "sort by number, title, applicant, call, amount, status or submitted")
    se.sif.shared.web.Page<ApplicationListItem> list(@RequestParam(required = false) Long callId,
            @RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String text,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(
                    defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        // the envelope checks page and size before anything is read
        se.sif.shared.web.Page.of(List.of(), page, size);
        se.sif.shared.ListPage<ApplicationView> found = applications.list(new Applications.Filter(callId, status, text),
                new se.sif.shared.ListQuery(page + 1, size, sort, dir));
        return new se.sif.shared.web.Page<>(applications.listItems(found.items()), page, size, found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application")
    ApplicationView one(@PathVariable long id) {
        return applications.get(id);
    }

    /**
     * {@code preStudyId}: a submitted pre-study of the applicant's organisation the full
     * application grows out of; its target group, need and method are carried over.
     */
    record StartRequest(@NotNull Long callId, @org.jspecify.annotations.Nullable Long preStudyId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/applications/{body.id}")
    @Operation(summary = "Start a draft application in an open call, optionally from a submitted pre-study "
            + "(applicant)")
    ApplicationView start(@Valid @RequestBody StartRequest request) {
        Long preStudyId = request.preStudyId();
        return applications.get(preStudyId == null ? applications.startDraft(request.callId())
                : applications.startFromPreStudy(request.callId(), preStudyId));
    }

    @GetMapping("/{id}/full-applications")
    @Operation(summary = "The applications that grew out of a pre-study, as far as the caller may see them")
    List<ApplicationView> grownOutOf(@PathVariable long id) {
        applications.get(id);
        return applications.grownOutOf(id);
    }

    /**
     * {@code version} is the version the caller read; a newer one on the server means
     * someone else saved.
     */
    record UpdateRequest(@NotNull Long version, @Size(max = 200) String title, String targetGroup, String method,
            String definedEffect, String coFinancing, String continuation, LocalDate startDate, LocalDate endDate,
            @Positive Long requestedAmountOre, List<Long> coApplicantIds) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the draft (applicant); 409 if someone else saved since the given version")
    ApplicationView update(@PathVariable long id, @Valid @RequestBody UpdateRequest r) {
        applications.update(id, r.version(),
                new ApplicationContent(r.title(), r.targetGroup(), r.method(), r.definedEffect(), r.coFinancing(),
                        r.continuation(), r.startDate(), r.endDate(), r.requestedAmountOre(), r.coApplicantIds()));
        return applications.get(id);
    }

    /**
     * One section of the task list: {@code version} as read; the section's own fields of
     * {@code content} and {@code answers} are saved, every other field is ignored and
     * stays as stored.
     */
    record SectionRequest(@NotNull Long version, @Valid @org.jspecify.annotations.Nullable SectionContent content,
            @org.jspecify.annotations.Nullable ApplicationAnswers answers) {
    }

    /** The free texts, dates and amount of a section, as in {@link UpdateRequest}. */
    record SectionContent(@Size(max = 200) String title, String targetGroup, String method, String definedEffect,
            String coFinancing, String continuation, LocalDate startDate, LocalDate endDate,
            @Positive Long requestedAmountOre, List<Long> coApplicantIds) {

        ApplicationContent content() {
            return new ApplicationContent(title, targetGroup, method, definedEffect, coFinancing, continuation,
                    startDate, endDate, requestedAmountOre, coApplicantIds == null ? List.of() : coApplicantIds);
        }

    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "The application's task list: the sections its call asks, each with its status "
            + "(NOT_STARTED, IN_PROGRESS, COMPLETED) and the answers it still lacks")
    TaskList tasks(@PathVariable long id) {
        return applications.taskList(applications.get(id));
    }

    @PutMapping("/{id}/sections/{section}")
    @Operation(summary = "Save one section of the task list (applicant): only the section's own fields change; "
            + "422 names each refused field, 409 if someone else saved since the given version")
    ApplicationView saveSection(@PathVariable long id, @PathVariable ApplicationSection section,
            @Valid @RequestBody SectionRequest r) {
        ApplicationContent content = r.content() == null ? ApplicationContent.EMPTY : r.content().content();
        return applications.saveSection(id, r.version(), section, content,
                r.answers() == null ? ApplicationAnswers.EMPTY : r.answers());
    }

    record SubmitRequest(@NotNull Long version) {
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit before the call's deadline (applicant); 422 names the sections of the task list "
            + "not yet completed")
    ApplicationView submit(@PathVariable long id, @Valid @RequestBody SubmitRequest request) {
        return applications.submit(id, request.version());
    }

    record PartnerAnswer(@jakarta.validation.constraints.NotNull Boolean confirm,
            @jakarta.validation.constraints.Size(max = 2000) @org.jspecify.annotations.Nullable String note) {
    }

    @PostMapping("/{id}/partnership")
    @io.swagger.v3.oas.annotations.Operation(
            summary = "A partner's answer (a user of a co-applicant organisation): confirm its participation "
                    + "and co-financing, or decline with a note; answered while the application is editable")
    ApplicationView answerAsPartner(@PathVariable long id,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody PartnerAnswer answer) {
        applications.answerAsPartner(id, answer.confirm(), answer.note());
        return applications.get(id);
    }

}
