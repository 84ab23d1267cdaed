package se.sif;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo users of the reference case and their roles, for tests that act as one of
 * them.
 */
public final class DemoUsers {

    private DemoUsers() {
    }

    /** The role a demo user has in {@code user_account}. */
    public static String roleOf(String user) {
        return switch (user) {
            case "officer", "officer2" -> "OFFICER";
            case "assessor1", "assessor2", "assessor3" -> "ASSESSOR";
            case "steering" -> "STEERING";
            case "board" -> "BOARD";
            case "applicant" -> "APPLICANT";
            case "leader" -> "PROJECT_LEADER";
            case "admin" -> "ADMIN";
            default -> {
                // one per applicant organisation of the reference case: applicant-boras,
                // applicant-goteborg, ...
                if (user.startsWith("applicant-")) {
                    yield "APPLICANT";
                }
                throw new IllegalArgumentException("no demo user " + user);
            }
        };
    }

    /**
     * Runs {@code work} signed in as a demo user, the way a request would be: with the
     * user's own role, or the roles given. The previous sign-in is restored afterwards
     * (MockMvc requests clear the test's own).
     */
    public static <T> T as(String username, Supplier<T> work, String... roles) {
        String[] granted = roles.length == 0 ? new String[] { roleOf(username) } : roles;
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                    Arrays.stream(granted).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

}
