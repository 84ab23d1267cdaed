package se.sif.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sif.shared.NotFoundException;

@RestController
@Tag(name = "Decisions", description = "The board's decisions on assessed applications")
class DecisionApiController {

    private final Decisions decisions;

    private final Proposals proposals;

    DecisionApiController(Decisions decisions, Proposals proposals) {
        this.decisions = decisions;
        this.proposals = proposals;
    }

    @GetMapping("/api/v1/applications/{id}/proposal")
    @Operation(summary = "The working group's proposal for the board and the steering group's endorsement")
    Proposal proposal(@PathVariable long id) {
        return proposals.forApplication(id).orElseThrow(() -> new NotFoundException("proposal", id));
    }

    record ProposalRequest(Long version, @NotNull Boolean grant, Long amountOre, @NotBlank String reasons) {
    }

    @PostMapping("/api/v1/applications/{id}/proposal")
    @Operation(summary = "Prepare (or revise, until endorsed) the proposal for the board (operative working group)")
    Proposal propose(@PathVariable long id, @Valid @RequestBody ProposalRequest r) {
        return proposals.propose(id, r.version(), r.grant(), r.amountOre(), r.reasons());
    }

    record EndorsementRequest(@NotNull Long version, String comment) {
    }

    @PostMapping("/api/v1/applications/{id}/proposal/endorsement")
    @Operation(summary = "Endorse the proposal before the board decides (steering group)")
    Proposal endorse(@PathVariable long id, @Valid @RequestBody EndorsementRequest r) {
        return proposals.endorse(id, r.version(), r.comment());
    }

    @GetMapping("/api/v1/applications/{id}/decision")
    @Operation(summary = "The decision on an application")
    DecisionView get(@PathVariable long id) {
        return decisions.forApplication(id).orElseThrow(() -> new NotFoundException("decision", id));
    }

    record DecisionRequest(@NotNull Boolean grant, Long grantedAmountOre, @NotBlank String reasons,
            @NotNull LocalDate decidedOn, String minutesParagraph, LocalDate minutesPostedOn,
            List<DecisionView.Condition> conditions) {
    }

    @PostMapping("/api/v1/applications/{id}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/applications/{id}/decision")
    @Operation(summary = "Record the board's decision; a grant commits the money or is refused if it does not fit")
    DecisionView record(@PathVariable long id, @Valid @RequestBody DecisionRequest r) {
        return decisions.record(id, new Decisions.Recording(r.grant(), r.grantedAmountOre(), r.reasons(), r.decidedOn(),
                r.minutesParagraph(), r.minutesPostedOn(), r.conditions() == null ? List.of() : r.conditions()));
    }

}
