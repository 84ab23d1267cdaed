package se.sif;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The database of the module tests ({@code @ApplicationModuleTest}): the same embedded
 * PostgreSQL the application uses, but one server per test JVM for all module tests (each
 * bootstraps its own small context), migrated by Flyway like the application's. The
 * {@code platform} module, which starts the application's embedded server, is no module's
 * neighbour, so a module test brings its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestDatabase {

    private static EmbeddedPostgres postgres;

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                }
                catch (IOException ignored) {
                    // the JVM is going away; the throw-away directory goes with it
                }
            }));
        }
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres().getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        config.setPoolName("sif-module-test");
        return new HikariDataSource(config);
    }

}
