package se.sif.application;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sif.shared.web.Downloads;

/**
 * The receipt of a submission (where the applicant lands after submitting) and the PDF
 * copies of what was submitted, for whoever may read the application.
 */
@Controller
class ReceiptController {

    private final Applications applications;

    private final Receipts receipts;

    ReceiptController(Applications applications, Receipts receipts) {
        this.applications = applications;
        this.receipts = receipts;
    }

    @GetMapping("/applications/{id}/receipt")
    String receipt(@PathVariable long id, Model model) {
        ApplicationView application = applications.get(id);
        List<ApplicationReceipt> all = receipts.of(id);
        model.addAttribute("app", application);
        model.addAttribute("receipts", all);
        model.addAttribute("latest", all.isEmpty() ? null : all.get(all.size() - 1));
        return "application/receipt";
    }

    @GetMapping("/applications/{id}/receipts/{number}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int number) {
        return served(receipts.pdf(id, number));
    }

    /**
     * As every download: never shown in the browser, and kept from any cache between (the
     * copy holds what the applicant wrote).
     */
    static ResponseEntity<byte[]> served(Receipts.Pdf pdf) {
        ResponseEntity<byte[]> file = Downloads.attachment(pdf.content(), "application/pdf", pdf.fileName());
        return ResponseEntity.status(file.getStatusCode())
            .headers(file.getHeaders())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(file.getBody());
    }

}
