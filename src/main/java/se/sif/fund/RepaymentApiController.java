package se.sif.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Repayment model", description = "Repayment agreements, yearly claims and the fund's refill")
class RepaymentApiController {

    private final Repayments repayments;

    RepaymentApiController(Repayments repayments) {
        this.repayments = repayments;
    }

    record Overview(List<RepaymentAgreement> agreements, List<Repayments.Refill> refill) {
    }

    @GetMapping("/api/v1/funds/{id}/repayments")
    @Operation(summary = "Agreements with their claims, and the expected against the actual refill per year")
    Overview overview(@PathVariable long id) {
        return new Overview(repayments.agreements(id), repayments.refill(id));
    }

    record Party(@NotNull Long organisationId, @NotNull BigDecimal share,
            @NotEmpty Map<Integer, Long> expectedSavingsOre) {
    }

    record AgreementRequest(@NotNull RepaymentAgreement.LossCover lossCover, @NotEmpty List<@Valid Party> parties) {
    }

    record Created(long id) {
    }

    @PostMapping("/api/v1/grants/{id}/repayment-agreement")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/grants/{id}")
    @Operation(summary = "Agree who repays the grant from which expected savings, and who covers a loss (board)")
    Created agree(@PathVariable long id, @Valid @RequestBody AgreementRequest r) {
        return new Created(repayments.agree(id, r.lossCover(),
                r.parties()
                    .stream()
                    .map(p -> new Repayments.PartyTerms(p.organisationId(), p.share(), p.expectedSavingsOre()))
                    .toList()));
    }

    record Generated(int created) {
    }

    @PostMapping("/api/v1/funds/{id}/repayment-claims")
    @Operation(summary = "Generate the claims of a fiscal year from the agreements; existing claims are kept")
    Generated generate(@PathVariable long id, @RequestParam int fiscalYear) {
        return new Generated(repayments.generateClaims(id, fiscalYear));
    }

    record Version(@NotNull Long version) {
    }

    @PostMapping("/api/v1/repayment-claims/{id}/repayment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that the board's budget frame was reduced by the claim (refills the fund)")
    Created repaid(@PathVariable long id, @Valid @RequestBody Version r) {
        return new Created(repayments.recordRepayment(id, r.version()));
    }

    record WriteOff(@NotNull Long version, @NotBlank String reason) {
    }

    @PostMapping("/api/v1/repayment-claims/{id}/write-off")
    @Operation(summary = "The saving failed: the loss is covered centrally or moves to the owning board (board)")
    void writeOff(@PathVariable long id, @Valid @RequestBody WriteOff r) {
        repayments.writeOff(id, r.version(), r.reason());
    }

}
