package se.sif.investment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Investments", description = "Follow-up of granted investments with indicators")
class InvestmentApiController {

    private final Investments investments;

    InvestmentApiController(Investments investments) {
        this.investments = investments;
    }

    @GetMapping("/api/v1/investments")
    @Operation(summary = "Investments with indicators and reported values, paged; optionally one fund's")
    se.sif.shared.web.Page<InvestmentView> all(
            @org.springframework.web.bind.annotation.RequestParam(required = false) Long fundId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(
                    defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        return se.sif.shared.web.Page.of(investments.all()
            .stream()
            .filter(investment -> fundId == null || investment.fundId() == fundId)
            .toList(), page, size);
    }

    @GetMapping("/api/v1/investments/{id}")
    @Operation(summary = "One investment")
    InvestmentView one(@PathVariable long id) {
        return investments.get(id);
    }

    record LeaderRequest(@NotBlank String username) {
    }

    @PutMapping("/api/v1/investments/{id}/project-leader")
    @Operation(summary = "Name the project leader (operative working group)")
    InvestmentView assignLeader(@PathVariable long id, @Valid @RequestBody LeaderRequest request) {
        investments.assignProjectLeader(id, request.username());
        return investments.get(id);
    }

    record IndicatorRequest(@NotBlank String name, @NotBlank String unit, @NotNull BigDecimal baseline,
            @NotBlank String baselinePeriod, @NotNull BigDecimal target) {
    }

    @PostMapping("/api/v1/investments/{id}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/investments/{id}")
    @Operation(summary = "Add an indicator with baseline and target (officer or the project leader)")
    InvestmentView addIndicator(@PathVariable long id, @Valid @RequestBody IndicatorRequest r) {
        investments.addIndicator(id,
                new Investments.NewIndicator(r.name(), r.unit(), r.baseline(), r.baselinePeriod(), r.target(), null));
        return investments.get(id);
    }

    record ValueRequest(@NotBlank String period, @NotNull BigDecimal value, @NotNull Integer groupSize,
            String comment) {
    }

    @PostMapping("/api/v1/investments/{id}/indicators/{indicatorId}/values")
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/investments/{id}")
    @Operation(summary = "Report an aggregated value for a period (project leader; group of at least 5)")
    InvestmentView report(@PathVariable long id, @PathVariable long indicatorId, @Valid @RequestBody ValueRequest r) {
        investments.reportValue(id, indicatorId, r.period(), r.value(), r.groupSize(), r.comment());
        return investments.get(id);
    }

}
