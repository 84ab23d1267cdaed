package se.sif.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Screening", description = "Formal check and triage by the operative working group")
class TriageApiController {

    private final Triage triage;

    TriageApiController(Triage triage) {
        this.triage = triage;
    }

    @GetMapping("/api/v1/applications/{id}/triage")
    @Operation(summary = "The working group's triage of an application: declarations, every member's grades per pass "
            + "(the open pass's other grades only once the caller has graded), revisions and agreed grades")
    Triage.Sheet sheet(@PathVariable long id) {
        return triage.sheet(id);
    }

    record DeclarationRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean conflict,
            @Schema(description = "Required with a conflict: what it is") @Nullable String note) {
    }

    @PostMapping("/api/v1/applications/{id}/triage/declaration")
    @se.sif.shared.web.Created("/api/v1/applications/{id}/triage")
    @Operation(summary = "Declare a conflict of interest, or none, before grading the application")
    Triage.Declaration declare(@PathVariable long id, @RequestBody DeclarationRequest r) {
        return triage.declare(id, r.conflict(), r.note());
    }

    record WithdrawalRequest(@Nullable String withdrawnNote) {
    }

    @PostMapping("/api/v1/applications/{id}/triage/declaration/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw one's standing declaration, with a note (kept on the record)")
    void withdraw(@PathVariable long id, @RequestBody WithdrawalRequest r) {
        triage.withdraw(id, r.withdrawnNote());
    }

    record GradeRequest(
            @Schema(description = "The id of one's current grade in the pass that this one revises; "
                    + "absent for a first grade") @Nullable Long revises,
            @Schema(description = "1, 2 or 3", minimum = "1", maximum = "3") @Nullable Integer grade,
            @Schema(description = "Keys of the call's Table 2 criteria met") @Nullable List<String> criteriaMet,
            @Nullable String note) {
    }

    @PostMapping("/api/v1/applications/{id}/triage/grades")
    @se.sif.shared.web.Created("/api/v1/applications/{id}/triage")
    @Operation(summary = "Grade the application in the open pass (a revision is a new grade; the earlier one stays)")
    Triage.Grade grade(@PathVariable long id, @RequestBody GradeRequest r) {
        return triage.grade(id, r.revises(), r.grade(), r.criteriaMet(), r.note());
    }

    record AgreementRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int pass,
            @Schema(description = "1, 2 or 3", minimum = "1", maximum = "3") @Nullable Integer grade,
            @Nullable String note) {
    }

    @PostMapping("/api/v1/applications/{id}/triage/agreements")
    @se.sif.shared.web.Created("/api/v1/applications/{id}/triage")
    @Operation(summary = "Record the group's agreed grade of the open pass with its reasons; a 2 opens the next pass")
    Triage.Agreement agree(@PathVariable long id, @RequestBody AgreementRequest r) {
        return triage.agree(id, r.pass(), r.grade(), r.note());
    }

}
