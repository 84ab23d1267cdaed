package se.sif.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enabled accounts as the application sees them ({@code user_account}). */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CurrentUser> findEnabled(String username) {
        return jdbc.sql("""
                select username, display_name, role, organisation_id from user_account
                where username = :username and enabled""")
            .param("username", username)
            .query(CurrentUser.class)
            .optional();
    }

    List<CurrentUser> enabledWithRole(Role role) {
        return jdbc.sql("""
                select username, display_name, role, organisation_id from user_account
                where role = :role and enabled order by username""")
            .param("role", role.name())
            .query(CurrentUser.class)
            .list();
    }

    Optional<String> email(String username) {
        return jdbc.sql("""
                select email from user_account
                where username = :username and enabled and email is not null and btrim(email) <> ''""")
            .param("username", username)
            .query((rs, n) -> rs.getString("email").strip())
            .optional();
    }

}
