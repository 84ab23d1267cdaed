package se.sif.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
import se.sif.application.Applications;
import se.sif.call.CallView;
import se.sif.call.Calls;
import se.sif.decision.Decisions;
import se.sif.screening.Screenings;
import se.sif.shared.CsvWriter;
import se.sif.shared.web.Downloads;

/**
 * A call's funnel: received, sifted, graded in the first and second pass, to the panel,
 * proposed, endorsed, granted, rejected at each stage with the reasons counted — on a
 * page, in the API and as CSV, for the officials who run and oversee the round.
 */
@Controller
@Tag(name = "Overview", description = "The fund at a glance")
class FunnelController {

    private final Calls calls;

    private final Applications applications;

    private final Screenings screenings;

    private final Decisions decisions;

    private final MessageSource messages;

    FunnelController(Calls calls, Applications applications, Screenings screenings, Decisions decisions,
            MessageSource messages) {
        this.calls = calls;
        this.applications = applications;
        this.screenings = screenings;
        this.decisions = decisions;
        this.messages = messages;
    }

    private CallFunnel funnel(long callId) {
        CallView call = calls.get(callId);
        List<Long> received = applications
            .inCall(callId, java.util.EnumSet.complementOf(java.util.EnumSet.of(ApplicationStatus.DRAFT)))
            .stream()
            .map(ApplicationView::id)
            .toList();
        return new CallFunnel(call.id(), call.title(), received.size(), screenings.funnel(received),
                decisions.funnel(received));
    }

    @GetMapping("/calls/{id}/funnel")
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("funnel", funnel(id));
        return "overview/funnel";
    }

    @GetMapping(path = "/api/v1/calls/{id}/funnel", produces = "application/json")
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    @ResponseBody
    @Operation(summary = "A call's path from applications to grants: received, formal check, first and second pass "
            + "grades, rejections with their reasons counted, to the panel, proposed, endorsed, granted, rejected")
    CallFunnel api(@PathVariable long id) {
        return funnel(id);
    }

    @GetMapping("/api/v1/calls/{id}/funnel.csv")
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    @Operation(summary = "A call's funnel as CSV for Swedish Excel (UTF-8 with BOM, semicolons): stage, count",
            responses = @ApiResponse(responseCode = "200",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return csvOf(funnel(id));
    }

    /** The same CSV for the page's download link (the API chain signs in otherwise). */
    @GetMapping("/calls/{id}/funnel.csv")
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    ResponseEntity<byte[]> pageCsv(@PathVariable long id) {
        return csvOf(funnel(id));
    }

    private ResponseEntity<byte[]> csvOf(CallFunnel funnel) {
        long id = funnel.callId();
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.forExcel(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        csv.row(messages.getMessage("funnel.stage", null, locale), messages.getMessage("funnel.count", null, locale));
        for (CallFunnel.Stage stage : funnel.stages()) {
            csv.row(messages.getMessage("funnel.stage." + stage.key(), null, locale), stage.count());
        }
        csv.row(messages.getMessage("funnel.grantedAmount", null, locale), funnel.decisions().grantedOre() / 100);
        csv.flush();
        return Downloads.attachment(bytes.toByteArray(), "text/csv;charset=UTF-8", "funnel-call-" + id + ".csv");
    }

}
