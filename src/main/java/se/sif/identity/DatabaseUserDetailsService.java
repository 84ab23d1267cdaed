package se.sif.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    DatabaseUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, String role, boolean enabled) {
        }
        Row row = jdbc.sql("select username, password_hash, role, enabled from user_account where username = :u")
            .param("u", username)
            .query(Row.class)
            .optional()
            .filter(r -> r.passwordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(row.username())
            .password(row.passwordHash())
            .disabled(!row.enabled())
            .authorities(List.of(Role.valueOf(row.role()).grantedAuthority()))
            .build();
    }

    /**
     * Authorities for a user signed in through OIDC: the role is the one the fund has
     * given them here.
     */
    List<SimpleGrantedAuthority> authoritiesOf(String username) {
        return jdbc.sql("select role from user_account where username = :u and enabled")
            .param("u", username)
            .query(String.class)
            .optional()
            .map(role -> List.of(Role.valueOf(role).grantedAuthority()))
            .orElse(List.of());
    }

}
