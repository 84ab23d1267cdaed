package se.sif.application;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.sif.call.Calls;
import se.sif.identity.CurrentUser;
import se.sif.identity.Users;
import se.sif.shared.Stockholm;

/**
 * Writes the receipt of a submission, in the submission's transaction
 * ({@link Applications#submit}): the registration number, when and by whom, the answer
 * date promised from the handling time of the call version the application was written
 * against, and the copy of the application as submitted (the XHTML its PDF is made of).
 */
@Component
class SubmissionReceipts {

    private final ReceiptRepository repository;

    private final ApplicationPdf pdf;

    private final Calls calls;

    private final Users users;

    private final se.sif.shared.PublicUrl publicUrl;

    SubmissionReceipts(ReceiptRepository repository, ApplicationPdf pdf, Calls calls, Users users,
            se.sif.shared.PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.repository = repository;
        this.pdf = pdf;
        this.calls = calls;
        this.users = users;
    }

    /** The link to the application's receipt page, for the receipt e-mail. */
    String pageUrl(long applicationId) {
        return publicUrl.of("/applications/" + applicationId + "/receipt");
    }

    /**
     * Keeps the receipt of the application just submitted (a completion when it answered
     * a completion request) and answers the application.
     */
    ApplicationView issue(ApplicationView submitted, boolean completion) {
        CurrentUser submitter = users.current();
        Integer handlingDays = calls.content(submitted.callId(), submitted.callVersion()).handlingDays();
        LocalDate submittedOn = LocalDate.ofInstant(submitted.submittedAt(), Stockholm.ZONE);
        LocalDate answerBy = handlingDays == null ? null : submittedOn.plusDays(handlingDays);
        ApplicationReceipt receipt = new ApplicationReceipt(submitted.id(), 0, submitted.registrationNumber(),
                completion, submitted.submittedAt(), submitter.username(), answerBy);
        // the copy as submitted, written now; its PDF is made when first asked for
        // (Receipts.pdf)
        String copy = pdf.html(submitted, receipt, submitter.displayName());
        repository.insert(submitted.id(), submitted.registrationNumber(), completion, submitted.submittedAt(),
                submitter.username(), answerBy, copy);
        return submitted;
    }

}
