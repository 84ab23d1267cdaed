package se.sif.economics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.CalculationResult;
import se.sif.shared.NotFoundException;

@RestController
@Tag(name = "Economics", description = "Socio-economic calculations: create, validate, compute, export")
class CalculationApiController {

    record SaveRequest(Integer expectedVersion, String note, @NotNull CalculationDocument document) {
    }

    record Saved(long applicationId, int version) {
    }

    record Validation(boolean valid, List<Map<String, String>> errors) {
    }

    record RealiseRequest(@NotNull Integer expectedVersion) {
    }

    private final Calculations calculations;

    private final CalculationPresenter presenter;

    private final MessageSource messages;

    private final RepaymentPlans repaymentPlans;

    CalculationApiController(Calculations calculations, CalculationPresenter presenter, MessageSource messages,
            RepaymentPlans repaymentPlans) {
        this.repaymentPlans = repaymentPlans;
        this.calculations = calculations;
        this.presenter = presenter;
        this.messages = messages;
    }

    @GetMapping("/api/v1/applications/{id}/calculation/versions")
    @Operation(summary = "The versions of an application's calculation (forecast, revisions, realised), newest first")
    List<Calculations.VersionSummary> versions(@PathVariable long id) {
        return calculations.versions(id);
    }

    @GetMapping("/api/v1/applications/{id}/calculation")
    @Operation(summary = "The latest version of an application's (or its investment's) calculation")
    Calculations.CalculationVersion latest(@PathVariable long id) {
        return calculations.latest(id).orElseThrow(() -> new NotFoundException("calculation", id));
    }

    @GetMapping("/api/v1/applications/{id}/calculation/versions/{version}")
    @Operation(summary = "One version of an application's calculation")
    Calculations.CalculationVersion version(@PathVariable long id, @PathVariable int version) {
        return calculations.version(id, version);
    }

    @PostMapping("/api/v1/applications/{id}/calculation")
    @se.sif.shared.web.Created("/api/v1/applications/{id}/calculation/versions/{body.version}")
    @Operation(summary = "Save a new version of the calculation; refused with the fields named if it does not compute",
            description = "expectedVersion is the version the client edited (omit for the first); a later save by "
                    + "someone else gives 409. Unit costs named by code are pinned to their current version.")
    ResponseEntity<Saved> save(@PathVariable long id, @Valid @RequestBody SaveRequest request) {
        int version = calculations.save(id, request.expectedVersion(), request.document(), request.note(), null);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/calculation/versions/" + version))
            .body(new Saved(id, version));
    }

    @PostMapping("/api/v1/applications/{id}/calculation/realised")
    @se.sif.shared.web.Created("/api/v1/applications/{id}/calculation/versions/{body.version}")
    @Operation(
            summary = "Record a realised version: re-run the latest forecast with the effects the indicators measured")
    ResponseEntity<Saved> realised(@PathVariable long id, @Valid @RequestBody RealiseRequest request) {
        int version = calculations.recordRealised(id, request.expectedVersion());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/calculation/versions/" + version))
            .body(new Saved(id, version));
    }

    @GetMapping("/api/v1/applications/{id}/calculation/versions/{version}/result")
    @Operation(summary = "Results of a stored version; with draws > 0 also a seeded Monte Carlo (P10/P50/P90 of NPV)")
    ResultView storedResult(@PathVariable long id, @PathVariable int version,
            @RequestParam(defaultValue = "0") int draws, @RequestParam(defaultValue = "1") long seed) {
        return presenter.result(calculations.version(id, version).document(), draws, seed);
    }

    @GetMapping("/api/v1/applications/{id}/calculation/versions/{version}/trace")
    @Operation(summary = "The calculation trace of one result, e.g. key=npv or key=actors[region].financialRoi")
    List<ResultView.TraceLineView> trace(@PathVariable long id, @PathVariable int version, @RequestParam String key) {
        CalculationResult result = calculations.compute(calculations.version(id, version).document());
        if (!result.traceKeys().contains(key)) {
            throw new CalculationInputException("key", "unknown result '" + key + "'; see traceKeys in the result");
        }
        return result.explain(key).stream().map(ResultView.TraceLineView::of).toList();
    }

    @GetMapping(value = "/api/v1/applications/{id}/calculation/versions/{version}/export.xlsx")
    @Operation(summary = "The calculation as a spreadsheet whose results are live formulas")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable int version) {
        return presenter.workbook(calculations.version(id, version).document(), "calculation-" + id + "-v" + version);
    }

    @GetMapping("/api/v1/applications/{id}/calculation/versions/{version}/repayment-plan")
    @Operation(
            summary = "The repayment plan a version proposes: cashable fiscal savings per organisation and fiscal year")
    RepaymentPlans.Plan repaymentPlan(@PathVariable long id, @PathVariable int version) {
        return repaymentPlans.propose(id, version);
    }

    @PostMapping("/api/v1/economics/calculations/validate")
    @Operation(summary = "Check a calculation without saving it: every problem with its field path")
    Validation validate(@RequestBody CalculationDocument document) {
        List<Map<String, String>> errors = calculations.problems(document)
            .stream()
            .map(v -> Map.of("field", v.field(), "message", v.problem()))
            .toList();
        return new Validation(errors.isEmpty(), errors);
    }

    @PostMapping("/api/v1/economics/calculations/compute")
    @Operation(summary = "Compute a calculation without saving it; 422 with the fields named if it cannot be computed")
    ResultView compute(@RequestBody CalculationDocument document, @RequestParam(defaultValue = "0") int draws,
            @RequestParam(defaultValue = "1") long seed) {
        return presenter.result(document, draws, seed);
    }

    @PostMapping("/api/v1/economics/calculations/export.xlsx")
    @Operation(summary = "Export a calculation (not saved) as a spreadsheet with live formulas")
    ResponseEntity<byte[]> exportDocument(@RequestBody CalculationDocument document) {
        return presenter.workbook(document, "calculation");
    }

    @ExceptionHandler(CalculationInputException.class)
    ProblemDetail calculationInput(CalculationInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("economics.problem.calculationInput", null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://sif.example/problems/calculation-input"));
        problem.setProperty("errors",
                e.violations().stream().map(v -> Map.of("field", v.field(), "message", v.problem())).toList());
        return problem;
    }

}
