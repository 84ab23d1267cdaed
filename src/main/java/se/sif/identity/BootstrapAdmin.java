package se.sif.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On an empty production database nobody could sign in; with {@code SIF_ADMIN_PASSWORD}
 * set, the first start creates the user {@code admin} with that password. It never
 * touches an existing account.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final JdbcClient jdbc;

    private final PasswordEncoder passwordEncoder;

    private final String password;

    BootstrapAdmin(JdbcClient jdbc, PasswordEncoder passwordEncoder,
            @Value("${sif.bootstrap-admin.password:}") String password) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(password)) {
            return;
        }
        int created = jdbc.sql("""
                insert into user_account (username, password_hash, display_name, role)
                values ('admin', :hash, 'Administrator', 'ADMIN') on conflict (username) do nothing""")
            .param("hash", passwordEncoder.encode(password))
            .update();
        if (created == 1) {
            log.info("Created the bootstrap administrator 'admin'");
        }
    }

}
