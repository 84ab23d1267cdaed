package se.sif.identity;

/**
 * A user of an organisation as its page and the API list them; {@code enabled} is false
 * once the user has been deactivated.
 */
public record Account(long id, String username, String displayName, Role role, boolean organisationAdmin,
        boolean enabled) {
}
