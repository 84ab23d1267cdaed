package se.sif.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funds")
@Tag(name = "Funds", description = "The fund's money: balances per fiscal year and the ledger")
class FundApiController {

    private final FundLedger ledger;

    FundApiController(FundLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "All funds with money per fiscal year (amounts in öre)")
    List<FundSummary> funds() {
        return ledger.funds();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One fund with money per fiscal year (amounts in öre)")
    FundSummary fund(@PathVariable long id) {
        return ledger.summary(id);
    }

    @GetMapping("/{id}/postings")
    @Operation(summary = "The fund's ledger postings, newest first")
    List<Posting> postings(@PathVariable long id) {
        return ledger.postings(id);
    }

    record AppropriationRequest(@NotNull Integer fiscalYear, @NotNull @Positive Long amountOre,
                                String registrationNumber, @NotNull String description) {
    }

    record Created(long id) {
    }

    @PostMapping("/{id}/appropriations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the board's appropriation of money for a fiscal year")
    Created appropriate(@PathVariable long id, @Valid @RequestBody AppropriationRequest request) {
        return new Created(ledger.appropriate(id, request.fiscalYear(), request.amountOre(),
                request.registrationNumber(), request.description()));
    }
}
