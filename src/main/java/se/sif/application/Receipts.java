package se.sif.application;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.shared.NotFoundException;

/**
 * The receipts of an application's submissions (the first and each completion), with the
 * PDF copy of what was submitted: for whoever may read the application
 * ({@link ApplicationAccess}); for anyone else they do not exist.
 */
@Service
@Transactional(readOnly = true)
public class Receipts {

    private final Applications applications;

    private final ReceiptRepository repository;

    private final ApplicationPdf pdf;

    Receipts(Applications applications, ReceiptRepository repository, ApplicationPdf pdf) {
        this.pdf = pdf;
        this.applications = applications;
        this.repository = repository;
    }

    /** The application's receipts, the first submission first. */
    public List<ApplicationReceipt> of(long applicationId) {
        applications.get(applicationId);
        return repository.of(applicationId);
    }

    /** The newest receipt: the one the applicant is shown after submitting. */
    public Optional<ApplicationReceipt> latest(long applicationId) {
        List<ApplicationReceipt> all = of(applicationId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** A receipt's PDF copy of the application and the name to save it under. */
    public record Pdf(byte[] content, String fileName) {
    }

    /**
     * The PDF copy of what was submitted: made from the copy the receipt keeps the first
     * time it is asked for, and kept, so every later download is the same file.
     */
    @Transactional
    public Pdf pdf(long applicationId, int number) {
        ApplicationView application = applications.get(applicationId);
        ReceiptRepository.Copy copy = repository.copy(applicationId, number)
            .orElseThrow(() -> new NotFoundException("receipt", number));
        byte[] content = copy.pdf();
        if (content == null) {
            content = pdf.toPdf(java.util.Objects.requireNonNull(copy.xhtml()));
            repository.keepPdf(applicationId, number, content);
            // two first downloads at once: both answer the one kept
            content = repository.copy(applicationId, number).map(ReceiptRepository.Copy::pdf).orElse(content);
        }
        String name = application.registrationNumber() == null ? "ansokan-" + applicationId
                : application.registrationNumber();
        return new Pdf(content, name + (number > 1 ? " (" + number + ")" : "") + ".pdf");
    }

}
