package se.sif.screening;

import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.sif.application.ApplicantContacts;
import se.sif.notification.Notifications;
import se.sif.notification.Recipient;
import se.sif.shared.PublicUrl;

/**
 * The rejection after the sifting, e-mailed to the applicant: the reasons from the
 * standard list, the written reasons, the body that decided and how to appeal, with a
 * link to the same on the application. Nobody to write to without an address; the
 * rejection is on the application page either way.
 */
@Component
class RejectionLetters {

    private final ApplicantContacts contacts;

    private final Notifications notifications;

    private final MessageSource messages;

    private final PublicUrl publicUrl;

    RejectionLetters(ApplicantContacts contacts, Notifications notifications, MessageSource messages,
            PublicUrl publicUrl) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    void send(Screenings.Rejection rejection) {
        Recipient recipient = contacts.of(rejection.applicationId()).orElse(null);
        if (recipient == null) {
            return;
        }
        String reasons = rejection.reasons()
            .stream()
            .map(r -> "– " + messages.getMessage("screening.reason." + r.name(), null, r.name(), recipient.locale()))
            .collect(Collectors.joining("\n"));
        String appeal = messages.getMessage("decision.appeal." + rejection.owner().appealKind(),
                new Object[] { rejection.owner().name() }, recipient.locale());
        notifications.queue(recipient, "notification.siftingRejection", rejection.registrationNumber(),
                rejection.title(), reasons, rejection.reasonsText(), rejection.decidedOn(), rejection.owner().name(),
                appeal, publicUrl.of("/applications/" + rejection.applicationId() + "/rejection"),
                recipient.name() == null ? "" : recipient.name());
    }

}
