package se.sif.application;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.sif.identity.Users;
import se.sif.notification.Recipient;

/**
 * Who hears from the fund about an application: the person who submitted it last through
 * SIF, or else the person who started it — with their e-mail address, in Swedish (the
 * fund's letters are written in the fund's language). Empty when that person has no
 * address or no longer has an account: nothing is sent, and the letter waits on the
 * application page.
 */
@Component
public class ApplicantContacts {

    private final ReceiptRepository receipts;

    private final CompletionRequestRepository applications;

    private final Users users;

    ApplicantContacts(ReceiptRepository receipts, CompletionRequestRepository applications, Users users) {
        this.receipts = receipts;
        this.applications = applications;
        this.users = users;
    }

    public Optional<Recipient> of(long applicationId) {
        return receipts.lastSubmitter(applicationId)
            .or(() -> applications.startedBy(applicationId))
            .flatMap(username -> users.email(username)
                .map(address -> Recipient.swedish(address, users.displayName(username))));
    }

}
