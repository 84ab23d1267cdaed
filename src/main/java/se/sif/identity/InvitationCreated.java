package se.sif.identity;

import java.time.Instant;

/**
 * Someone was invited to an organisation: the seam for sending the invitation by e-mail.
 * Published in the inviting transaction; a notification module listens
 * ({@code @ApplicationModuleListener}) and mails {@code acceptPath} (relative to the
 * site's address) to {@code email}. Until then the inviter is shown the link and passes
 * it on. The path carries the only copy of the token outside the invitee's mailbox: a
 * stored event publication holds it until the listener has run.
 */
public record InvitationCreated(long invitationId, long organisationId, String email, String name, Role role,
        String acceptPath, Instant expiresAt, String invitedBy) {
}
