package se.sif.identity;

/** The signed-in user as the modules need to know them. */
public record CurrentUser(String username, String displayName, Role role, Long organisationId) {

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isAny(Role... candidates) {
        for (Role candidate : candidates) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }
}
