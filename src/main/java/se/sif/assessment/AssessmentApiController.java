package se.sif.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessment", description = "The panel's scores, conflicts of interest and the ranking")
class AssessmentApiController {

    private final Assessments assessments;

    AssessmentApiController(Assessments assessments) {
        this.assessments = assessments;
    }

    record WorkItem(long applicationId, String registrationNumber, String title, boolean conflict, boolean started,
            boolean submitted) {
    }

    @GetMapping("/api/v1/assessment")
    @Operation(summary = "The calling panel member's work list")
    List<WorkItem> workList() {
        return assessments.workList()
            .stream()
            .map(i -> new WorkItem(i.application().id(), i.application().registrationNumber(), i.application().title(),
                    i.conflict(), i.started(), i.submitted()))
            .toList();
    }

    record ScoresRequest(Long version, @NotNull Map<RubricArea, Score> scores, String comment, Boolean submit) {
    }

    @PutMapping("/api/v1/applications/{id}/assessments/mine")
    @Operation(summary = "Save (submit=false) or submit the caller's scores; refused with a conflict of interest")
    PanelAssessment save(@PathVariable long id, @Valid @RequestBody ScoresRequest request) {
        Map<RubricArea, Score> scores = new EnumMap<>(RubricArea.class);
        scores.putAll(request.scores());
        return assessments.save(id, request.version(), scores, request.comment(),
                Boolean.TRUE.equals(request.submit()));
    }

    @GetMapping("/api/v1/applications/{id}/assessments")
    @Operation(
            summary = "Submitted assessments; a panel member sees them only after submitting their own, never with a "
                    + "conflict of interest (404 until then)")
    List<PanelAssessment> panelScores(@PathVariable long id) {
        try {
            return assessments.panelScores(id);
        }
        catch (se.sif.shared.DomainException e) {
            // scores hidden until one's own are in, or hidden for a conflict of interest:
            // the API answers what a user
            // may not see with 404 (the page explains the rule instead)
            if (e.messageKey().equals("assessment.error.scoresHidden")
                    || e.messageKey().equals("assessment.error.conflict")) {
                throw new se.sif.shared.NotFoundException("assessments", id);
            }
            throw e;
        }
    }

    record ConflictRequest(@NotBlank String reason) {
    }

    @PostMapping("/api/v1/applications/{id}/conflicts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Declare a conflict of interest (jäv) with an application")
    void declareConflict(@PathVariable long id, @Valid @RequestBody ConflictRequest request) {
        assessments.declareConflict(id, request.reason());
    }

    @GetMapping("/api/v1/calls/{id}/ranking")
    @Operation(summary = "The panel's ranking of a call's applications")
    List<RankedApplication> ranking(@PathVariable long id) {
        return assessments.ranking(id);
    }

}
