package se.sif.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to become a user of an organisation, as its inviters see it (never its
 * token, which only the link shown once carries).
 */
public record Invitation(long id, long organisationId, String email, String name, Role role, boolean organisationAdmin,
        String invitedBy, Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt,
        @Nullable String acceptedUsername) {

    public boolean isOpenAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

}
