package se.sif.economics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Economics", description = "Socio-economic calculation")
class EconomicsApiController {

    record PresentValueRequest(@NotEmpty @Size(max = 200) List<@NotNull Long> yearlyOre,
            @DecimalMin("0") @DecimalMax("0.5") BigDecimal rate, Discounting.FirstYear firstYear) {
    }

    record PresentValue(long presentValueOre, BigDecimal rate, Discounting.FirstYear firstYear) {
    }

    private final UnitCosts unitCosts;

    private final Portfolios portfolios;

    private final ParameterSets parameterSets;

    private final EconomicsMessages messages;

    EconomicsApiController(UnitCosts unitCosts, Portfolios portfolios, ParameterSets parameterSets,
            EconomicsMessages messages) {
        this.unitCosts = unitCosts;
        this.portfolios = portfolios;
        this.parameterSets = parameterSets;
        this.messages = messages;
    }

    @GetMapping("/api/v1/economics/unit-costs")
    @Operation(
            summary = "The unit-cost library: the current version of every unit cost, with source and price year, paged")
    se.sif.shared.web.Page<UnitCosts.UnitCostView> unitCosts(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(
                    defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        return se.sif.shared.web.Page.of(unitCosts.current(), page, size);
    }

    @GetMapping("/api/v1/economics/unit-costs/{code}")
    @Operation(summary = "Every version of one unit cost, newest first")
    List<UnitCosts.UnitCostView> unitCostHistory(@PathVariable String code) {
        return unitCosts.history(code);
    }

    @PostMapping("/api/v1/economics/unit-costs")
    @se.sif.shared.web.Created("/api/v1/economics/unit-costs/{body.code}")
    @Operation(
            summary = "Add a unit cost, or a new version of one (expectedVersion = the version edited); officers only")
    ResponseEntity<Map<String, Object>> saveUnitCost(@RequestBody UnitCosts.UnitCostInput input) {
        int version = unitCosts.save(input);
        return ResponseEntity.created(URI.create("/api/v1/economics/unit-costs/" + input.code()))
            .body(Map.of("code", input.code(), "version", version));
    }

    @GetMapping("/api/v1/economics/parameter-sets")
    @Operation(
            summary = "The versioned discounting schedules, optimism-bias tables and CPI series a calculation can name")
    List<ParameterSets.ParameterSet> parameterSets(@RequestParam ParameterSets.Kind kind) {
        return parameterSets.all(kind);
    }

    record NewParameterSet(ParameterSets.Kind kind, String version, String description,
            tools.jackson.databind.JsonNode body) {
    }

    @PostMapping("/api/v1/economics/parameter-sets")
    @se.sif.shared.web.Created("/api/v1/economics/parameter-sets?kind={body.kind}")
    @Operation(
            summary = "Add a new version of a parameter set (the body is the set itself, e.g. a DiscountingParameters); officers and admins")
    ResponseEntity<Map<String, Object>> addParameterSet(@RequestBody NewParameterSet set) {
        if (set.kind() == null || set.body() == null) {
            throw se.sif.shared.DomainException.onFields(List.of("kind", "body"), "economics.parameterSet.unreadable");
        }
        parameterSets.add(set.kind(), set.version(), set.description(), set.body().toString());
        return ResponseEntity.status(201).body(Map.of("kind", set.kind(), "version", set.version()));
    }

    @GetMapping("/api/v1/funds/{id}/portfolio")
    @Operation(
            summary = "Present values per actor across a fund's investments (forecast and, where measured, realised)")
    Portfolios.PortfolioView portfolio(@PathVariable long id) {
        return portfolios.portfolio(id);
    }

    @PostMapping("/api/v1/funds/{id}/portfolio/monte-carlo")
    @se.sif.shared.web.Created("/api/v1/jobs/{body.jobId}")
    @Operation(summary = "Start a portfolio Monte Carlo as a background job; follow it at /api/v1/jobs/{jobId}")
    ResponseEntity<Map<String, Object>> portfolioMonteCarlo(@PathVariable long id,
            @RequestParam(defaultValue = "10000") int draws, @RequestParam(defaultValue = "1") long seed) {
        long job = portfolios.startMonteCarlo(id, draws, seed,
                messages.get("economics.portfolio.jobTitle", id, draws, seed));
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
            .body(Map.of("jobId", job, "status", "/api/v1/jobs/" + job));
    }

    @PostMapping("/api/v1/funds/{id}/portfolio/export")
    @se.sif.shared.web.Created("/api/v1/jobs/{body.jobId}")
    @Operation(
            summary = "Export every investment's calculation (XLSX with live formulas, in a ZIP) as a background job")
    ResponseEntity<Map<String, Object>> portfolioExport(@PathVariable long id) {
        long job = portfolios.startExport(id, messages.get("economics.portfolio.exportTitle", id));
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
            .body(Map.of("jobId", job, "status", "/api/v1/jobs/" + job));
    }

    @PostMapping("/api/v1/economics/present-value")
    @Operation(
            summary = "Present value of yearly amounts (öre) at a real rate (default 3.5 %, first year undiscounted)")
    PresentValue presentValue(@Valid @RequestBody PresentValueRequest request) {
        BigDecimal rate = request.rate() == null ? Discounting.DEFAULT_RATE : request.rate();
        Discounting.FirstYear firstYear = request.firstYear() == null ? Discounting.FirstYear.UNDISCOUNTED
                : request.firstYear();
        return new PresentValue(Discounting.presentValue(request.yearlyOre(), rate, firstYear), rate, firstYear);
    }

}
