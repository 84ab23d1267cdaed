package se.sif.organisation;

import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.sif.identity.InvitationCreated;
import se.sif.identity.Users;
import se.sif.notification.Notifications;
import se.sif.notification.Recipient;
import se.sif.shared.PublicUrl;
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

    private final PublicUrl publicUrl;

    InvitationMails(Notifications notifications, Organisations organisations, Users users, PublicUrl publicUrl) {
        this.notifications = notifications;
        this.organisations = organisations;
        this.users = users;
        this.publicUrl = publicUrl;
    }

    @EventListener
    void on(InvitationCreated invitation) {
        notifications.queue(new Recipient(invitation.email(), invitation.name(), LocaleContextHolder.getLocale()),
                "notification.invitation", organisations.get(invitation.organisationId()).name(),
                users.current().displayName(), publicUrl.of(invitation.acceptPath()),
                LocalDate.ofInstant(invitation.expiresAt(), Stockholm.ZONE), invitation.name());
    }

}
