package se.sif.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sif.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/applications/{id}")
@Tag(name = "Applications", description = "Drafting and submitting applications")
class ReceiptApiController {

    private final Receipts receipts;

    private final CompletionRequests completionRequests;

    ReceiptApiController(Receipts receipts, CompletionRequests completionRequests) {
        this.receipts = receipts;
        this.completionRequests = completionRequests;
    }

    @GetMapping("/receipts")
    @Operation(summary = "The receipts of the application's submissions (the first and each completion), "
            + "for whoever may read the application")
    List<ApplicationReceipt> receipts(@PathVariable long id) {
        return receipts.of(id);
    }

    @GetMapping(value = "/receipts/{number}.pdf", produces = MediaType.ALL_VALUE)
    @Operation(summary = "A receipt's PDF copy of the application as submitted (tagged PDF), always as a download")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int number) {
        return ReceiptController.served(receipts.pdf(id, number));
    }

    @GetMapping("/completion-request")
    @Operation(summary = "The application's newest completion request: the parts reopened, the message and the "
            + "last day; 404 when none was made")
    CompletionRequest completionRequest(@PathVariable long id) {
        return completionRequests.latest(id).orElseThrow(() -> new NotFoundException("completion request", id));
    }

}
