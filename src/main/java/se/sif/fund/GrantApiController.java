package se.sif.fund;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sif.identity.Users;

@RestController
@RequestMapping("/api/v1/grants")
@Tag(name = "Grants", description = "Grants, their payment schedules and payments")
class GrantApiController {

    private final Grants grants;

    private final Users users;

    GrantApiController(Grants grants, Users users) {
        this.grants = grants;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "The caller's organisation's grants (applicants), paged; optionally of one fiscal year")
    se.sif.shared.web.Page<GrantView> mine(
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer fiscalYear,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(
                    defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        return se.sif.shared.web.Page.of(
                grants.mine().stream().filter(grant -> fiscalYear == null || grant.fiscalYear() == fiscalYear).toList(),
                page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One grant with its payment schedule (officials, or the recipient's applicant)")
    GrantView one(@PathVariable long id) {
        return grants.get(id);
    }

    record ConditionRequest(@NotNull Long version, @NotNull LocalDate metOn) {
    }

    @PostMapping("/{id}/payments/{paymentId}/condition-met")
    @Operation(summary = "Record that the payment's condition is met (operative working group)")
    GrantView conditionMet(@PathVariable long id, @PathVariable long paymentId,
            @Valid @RequestBody ConditionRequest r) {
        grants.conditionMet(id, paymentId, r.version(), r.metOn());
        return grants.get(id);
    }

    record PaymentRequest(@NotNull Long version,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Required to pay before the due date or before "
                    + "the decision has legal force: why") @org.jspecify.annotations.Nullable String earlyReason) {
    }

    @PostMapping("/{id}/payments/{paymentId}/disbursement")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/grants/{id}")
    @Operation(summary = "Pay a planned payment (operative working group). Above the second-approval amount the first "
            + "call records the request (the payment shows approvalRequestedBy) and another official's call pays it")
    GrantView pay(@PathVariable long id, @PathVariable long paymentId, @Valid @RequestBody PaymentRequest r) {
        grants.pay(id, paymentId, r.version(), r.earlyReason());
        return grants.get(id);
    }

    record ReductionRequest(@NotNull Long newTotalOre, @NotBlank String reason, String registrationNumber) {
    }

    @PostMapping("/{id}/reduction")
    @Operation(summary = "Reduce or cancel what is not paid out of a grant (board)")
    GrantView reduce(@PathVariable long id, @Valid @RequestBody ReductionRequest r) {
        grants.reduce(id, r.newTotalOre(), r.reason(), r.registrationNumber());
        return grants.get(id);
    }

}
