package se.sif.identity;

import java.time.Instant;

/**
 * Someone was invited to an organisation. Published in the inviting transaction; the
 * organisation module listens in that same transaction and queues the invitation e-mail
 * with the link ({@code acceptPath}, relative to the site's address), so the invitation
 * and its e-mail commit together and the token is never kept in an event publication.
 */
public record InvitationCreated(long invitationId, long organisationId, String email, String name, Role role,
        String acceptPath, Instant expiresAt, String invitedBy) {
}
