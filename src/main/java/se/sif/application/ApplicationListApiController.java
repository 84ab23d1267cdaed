package se.sif.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sif.shared.ListQuery;

/**
 * The officials' views of the applications in the API: the filtered list as files and a
 * call's statistics.
 */
@RestController
@Tag(name = "Applications", description = "Drafting and submitting applications")
class ApplicationListApiController {

    private final ApplicationExports exports;

    private final ApplicationStatistics statistics;

    ApplicationListApiController(ApplicationExports exports, ApplicationStatistics statistics) {
        this.exports = exports;
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/applications/export.csv")
    @Operation(
            summary = "Every application the list's filters match, as CSV for Swedish Excel (UTF-8 with BOM, "
                    + "semicolons, decimal commas); officials",
            responses = @ApiResponse(responseCode = "200",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Long callId,
            @RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String text,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return exports.csv(new Applications.Filter(callId, status, text),
                new ListQuery(1, ListQuery.DEFAULT_SIZE, sort, dir));
    }

    @GetMapping("/api/v1/applications/export.xlsx")
    @Operation(
            summary = "Every application the list's filters match, as a spreadsheet (amounts in kronor as "
                    + "numbers); officials",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = ApplicationExports.XLSX,
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Long callId,
            @RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String text,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        return exports.xlsx(new Applications.Filter(callId, status, text),
                new ListQuery(1, ListQuery.DEFAULT_SIZE, sort, dir));
    }

    @GetMapping("/api/v1/calls/{id}/statistics")
    @Operation(summary = "A call's applications: started, drafts, submitted, per state, and the amount the "
            + "submitted ones ask for against the budget ceiling (öre); officials")
    CallApplicationStatistics statistics(@PathVariable long id) {
        return statistics.forCall(id);
    }

}
