package se.sif.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import io.swagger.v3.oas.annotations.media.Schema;
import se.sif.application.ApplicationSection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.sif.shared.NotFoundException;

@RestController
@Tag(name = "Screening", description = "Formal check and triage by the operative working group")
class ScreeningApiController {

    private final Screenings screenings;

    ScreeningApiController(Screenings screenings) {
        this.screenings = screenings;
    }

    @GetMapping("/api/v1/applications/{id}/screening")
    @Operation(summary = "The screening result of an application")
    ScreeningResult get(@PathVariable long id) {
        return screenings.resultFor(id).orElseThrow(() -> new NotFoundException("screening", id));
    }

    @GetMapping("/api/v1/applications/{id}/formal-check")
    @Operation(summary = "The automatic part of the formal check: formal requirements and signs of a thin application")
    FormalCheck formalCheck(@PathVariable long id) {
        return screenings.formalCheck(id);
    }

    record ScreeningRequest(Long version, @NotNull Boolean formalComplete, String formalNotes,
            @NotNull @Min(1) @Max(3) Integer triageGrade, @NotNull ScreeningOutcome outcome, String reasonsText,
            List<RejectionReason> rejectionReasons, LocalDate completionDeadline,
            @Schema(description = "For a completion request: the parts of the application to reopen (at least one)") Set<ApplicationSection> completionSections) {
    }

    @PostMapping("/api/v1/applications/{id}/screening")
    @Operation(summary = "Record (or revise, with the version read) the formal result, triage grade and outcome")
    ScreeningResult record(@PathVariable long id, @Valid @RequestBody ScreeningRequest r) {
        return screenings.record(id, r.version(),
                new Screenings.Recording(r.formalComplete(), r.formalNotes(), r.triageGrade(), r.outcome(),
                        r.reasonsText(), r.rejectionReasons() == null ? List.of() : r.rejectionReasons(),
                        r.completionDeadline(), r.completionSections()));
    }

}
