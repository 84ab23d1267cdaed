package se.sif.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funds")
@Tag(name = "Funds",
        description = "The fund's money: balances per fiscal year, the ledger, grants and the year-end close")
class FundApiController {

    private final FundLedger ledger;

    private final Grants grants;

    FundApiController(FundLedger ledger, Grants grants) {
        this.ledger = ledger;
        this.grants = grants;
    }

    @GetMapping
    @Operation(summary = "All funds with money per fiscal year (amounts in öre)")
    List<FundSummary> funds() {
        return ledger.funds();
    }

    record NewFundRequest(@NotBlank String name, @NotNull Long ownerOrganisationId, List<Long> coOwnerIds,
            @NotBlank String purpose, @NotNull FundLedger.EconomicModel economicModel, Boolean carryOver, String focus,
            Integer focusFrom, Integer focusTo) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/funds/{body.id}")
    @Operation(summary = "Create a fund (administrator): owner board, co-owners, purpose, economic model, focus")
    FundSummary create(@Valid @RequestBody NewFundRequest r) {
        return ledger.summary(
                ledger.createFund(new FundLedger.NewFund(r.name(), r.ownerOrganisationId(), r.coOwnerIds(), r.purpose(),
                        r.economicModel(), Boolean.TRUE.equals(r.carryOver()), r.focus(), r.focusFrom(), r.focusTo())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One fund with money per fiscal year (amounts in öre)")
    FundSummary fund(@PathVariable long id) {
        return ledger.summary(id);
    }

    @GetMapping("/{id}/ledger")
    @Operation(summary = "The fund's ledger transactions with their entries, newest first, paged, optionally filtered")
    se.sif.shared.web.Page<LedgerTransaction> ledger(@PathVariable long id,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) Account account,
            @RequestParam(required = false) Long grantId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer limit,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(
                    defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        return se.sif.shared.web.Page
            .of(ledger.transactions(id, new LedgerFilter(fiscalYear, account, grantId, kind, null, limit)), page, size);
    }

    @GetMapping("/{id}/grants")
    @Operation(summary = "The fund's grants with committed and paid-out money and payment schedules, paged; "
            + "optionally of one fiscal year or kind")
    se.sif.shared.web.Page<GrantView> grants(@PathVariable long id, @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String kind,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(
                    defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        return se.sif.shared.web.Page.of(grants.forFund(id)
            .stream()
            .filter(grant -> fiscalYear == null || grant.fiscalYear() == fiscalYear)
            .filter(grant -> kind == null || kind.equals(grant.kind()))
            .toList(), page, size);
    }

    record AppropriationRequest(@NotNull Integer fiscalYear, @NotNull @Positive Long amountOre,
            String registrationNumber, @NotBlank String description) {
    }

    record Created(long id) {
    }

    @PostMapping("/{id}/appropriations")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/funds/{id}/ledger")
    @Operation(summary = "Record the board's appropriation of money for a fiscal year")
    Created appropriate(@PathVariable long id, @Valid @RequestBody AppropriationRequest request) {
        return new Created(ledger.appropriate(id, request.fiscalYear(), request.amountOre(),
                request.registrationNumber(), request.description()));
    }

    record PreStudyRequest(@NotNull Long recipientOrganisationId, @NotNull @Positive Long amountOre,
            @NotBlank String title, String registrationNumber) {
    }

    @PostMapping("/{id}/pre-study-grants")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/grants/{body.id}")
    @Operation(summary = "Grant pre-study money (förstudiemedel) from this year's appropriation (board)")
    Created preStudy(@PathVariable long id, @Valid @RequestBody PreStudyRequest r) {
        return new Created(
                ledger.grantPreStudy(FundId.of(id), se.sif.organisation.OrganisationId.of(r.recipientOrganisationId()),
                        r.amountOre(), r.title(), r.registrationNumber()));
    }

    record CloseRequest(Boolean early, String registrationNumber) {
    }

    @PostMapping("/{id}/years/{year}/close")
    @Operation(
            summary = "Close a fiscal year: what is available expires (or carries over); closing twice changes nothing")
    FundLedger.YearClose close(@PathVariable long id, @PathVariable int year,
            @RequestBody(required = false) CloseRequest r) {
        return ledger.closeYear(id, year, r != null && Boolean.TRUE.equals(r.early()),
                r == null ? null : r.registrationNumber());
    }

    record ReversalRequest(@NotBlank String reason) {
    }

    @PostMapping("/{id}/transactions/{transactionId}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/funds/{id}/ledger")
    @Operation(summary = "Correct a transaction by reversing it")
    Created reverse(@PathVariable long id, @PathVariable long transactionId, @Valid @RequestBody ReversalRequest r) {
        return new Created(ledger.reverse(id, transactionId, r.reason()));
    }

}
