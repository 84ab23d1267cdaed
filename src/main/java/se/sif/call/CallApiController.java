package se.sif.call;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
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
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls", description = "Calls for proposals")
class CallApiController {

    private final Calls calls;

    CallApiController(Calls calls) {
        this.calls = calls;
    }

    @GetMapping
    @Operation(summary = "Calls, newest deadline first, paged; optionally one fund's, or only the open ones")
    se.sif.shared.web.Page<CallView> all(
            @org.springframework.web.bind.annotation.RequestParam(required = false) Long fundId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Boolean open,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(
                    defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        return se.sif.shared.web.Page.of(calls.all()
            .stream()
            .filter(call -> fundId == null || call.fundId() == fundId)
            .filter(call -> open == null || call.open() == open)
            .toList(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One call")
    CallView one(@PathVariable long id) {
        return calls.get(id);
    }

    /**
     * The deadline carries its offset (e.g. 2027-03-31T23:59:00+02:00), so there is no
     * doubt about the zone.
     */
    record OpenCallRequest(@NotNull Long fundId, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, @NotNull OffsetDateTime deadline,
            @NotNull @Positive Long budgetCeilingOre) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/calls/{body.id}")
    @Operation(summary = "Open a call (operative working group)")
    CallView open(@Valid @RequestBody OpenCallRequest request) {
        long id = calls.open(new Calls.NewCall(request.fundId(), request.title(), request.description(),
                request.deadline().toInstant(), request.budgetCeilingOre()));
        return calls.get(id);
    }

}
