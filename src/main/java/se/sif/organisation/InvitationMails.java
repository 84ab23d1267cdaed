package se.sif.organisation;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.sif.identity.InvitationCreated;
import se.sif.identity.Users;
import se.sif.notification.Notifications;
import se.sif.notification.Recipient;
import se.sif.shared.Stockholm;

/**
 * Mails an invitation to the person invited, in the inviting transaction (a plain event
 * listener runs in the publisher's transaction): the invitation and its e-mail are both
 * kept or both dropped. The link is absolute, on the site's public address.
 */
@Component
class InvitationMails {

    private final Notifications notifications;

    private final Organisations organisations;

    private final Users users;

    private final String publicUrl;

    InvitationMails(Notifications notifications, Organisations organisations, Users users,
            @Value("${sif.public-url:http://localhost:8080}") String publicUrl) {
        this.notifications = notifications;
        this.organisations = organisations;
        this.users = users;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    void on(InvitationCreated invitation) {
        notifications.queue(new Recipient(invitation.email(), invitation.name(), LocaleContextHolder.getLocale()),
                "notification.invitation", organisations.get(invitation.organisationId()).name(),
                users.current().displayName(), publicUrl + invitation.acceptPath(),
                LocalDate.ofInstant(invitation.expiresAt(), Stockholm.ZONE), invitation.name());
    }

}
