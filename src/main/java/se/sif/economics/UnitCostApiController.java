package se.sif.economics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit-cost library's API. A {@code @RestController} of its own (not methods of the pages' controller) so
 * that its errors are problem+json with the fields named, like the rest of /api/v1.
 */
@RestController
@Tag(name = "Economics", description = "Socio-economic calculation")
class UnitCostApiController {

    private final UnitCosts unitCosts;

    UnitCostApiController(UnitCosts unitCosts) {
        this.unitCosts = unitCosts;
    }

    @GetMapping("/api/v1/economics/unit-costs")
    @Operation(summary = "The unit-cost library: the current version of every unit cost, with source and price year")
    List<UnitCosts.UnitCostView> list() {
        return unitCosts.current();
    }

    @GetMapping("/api/v1/economics/unit-costs/{code}")
    @Operation(summary = "Every version of one unit cost, newest first")
    List<UnitCosts.UnitCostView> history(@PathVariable String code) {
        return unitCosts.history(code);
    }

    @PostMapping("/api/v1/economics/unit-costs")
    @Operation(summary = "Add a unit cost, or a new version of one (expectedVersion = the version edited); officers only")
    ResponseEntity<Map<String, Object>> save(@RequestBody UnitCosts.UnitCostInput input) {
        int version = unitCosts.save(input);
        return ResponseEntity.created(URI.create("/api/v1/economics/unit-costs/" + input.code()))
                .body(Map.of("code", input.code(), "version", version));
    }
}
