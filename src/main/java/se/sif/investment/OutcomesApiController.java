package se.sif.investment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
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
@Tag(name = "Pay for success", description = "Outcomes contracts: priced outcome measures, verification and payment")
class OutcomesApiController {

    private final OutcomesContracts contracts;

    OutcomesApiController(OutcomesContracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/api/v1/investments/{id}/outcomes-contract")
    @Operation(
            summary = "The investment's outcomes contract with verifications, payments, the investor's return and the cost per outcome")
    OutcomesContract get(@PathVariable long id) {
        return contracts.forInvestment(id).orElseThrow(() -> new NotFoundException("outcomes contract", id));
    }

    record Measure(@NotNull Long indicatorId, @NotNull Long pricePerUnitOre, @NotNull Long periodCapOre) {
    }

    record ContractRequest(@NotNull Long investorOrganisationId, @NotNull Long totalCapOre,
            @NotEmpty List<@Valid Measure> measures) {
    }

    @PostMapping("/api/v1/investments/{id}/outcomes-contract")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/investments/{id}/outcomes-contract")
    @Operation(summary = "Agree an outcomes contract on a grant of a pay-for-success fund (board)")
    OutcomesContract create(@PathVariable long id, @Valid @RequestBody ContractRequest r) {
        contracts.create(InvestmentId.of(id), se.sif.organisation.OrganisationId.of(r.investorOrganisationId()),
                r.totalCapOre(),
                r.measures()
                    .stream()
                    .map(m -> new OutcomesContracts.MeasureTerms(m.indicatorId(), m.pricePerUnitOre(),
                            m.periodCapOre()))
                    .toList());
        return get(id);
    }

    record VerificationRequest(@NotBlank String period, @NotNull BigDecimal units, @NotBlank String evidence,
            @NotNull LocalDate verifiedOn) {
    }

    record Created(long id) {
    }

    @PostMapping("/api/v1/outcome-measures/{id}/verifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record verified outcome units for a period (before any payment)")
    Created verify(@PathVariable long id, @Valid @RequestBody VerificationRequest r) {
        return new Created(contracts.verify(id, r.period(), r.units(), r.evidence(), r.verifiedOn()));
    }

    record Paid(long amountOre) {
    }

    @PostMapping("/api/v1/outcome-verifications/{id}/payment")
    @Operation(summary = "Pay a verification: units × price within the period cap and the remaining total cap")
    Paid pay(@PathVariable long id) {
        return new Paid(contracts.pay(id));
    }

    record InvestorInvestmentRequest(@NotNull LocalDate paidOn, @NotNull Long amountOre) {
    }

    @PostMapping("/api/v1/outcomes-contracts/{id}/investor-investments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record what the investor put in, for the investor's return")
    void invested(@PathVariable long id, @Valid @RequestBody InvestorInvestmentRequest r) {
        contracts.recordInvestorInvestment(id, r.paidOn(), r.amountOre());
    }

}
