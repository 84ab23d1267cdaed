package se.sif.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default database: a real PostgreSQL (the same major version as production)
 * started inside the JVM when no {@code spring.datasource.url} is configured. With a data
 * directory it keeps its data between starts ({@code ./data/postgres} for
 * {@code ./mvnw spring-boot:run}); without one it is a throw-away database, which is what
 * the tests use.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @ConfigurationProperties("sif.embedded-database")
    public record Settings(String dataDirectory, Integer port) {
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
            .setServerConfig("timezone", "UTC")
            .setServerConfig("max_connections", "100");
        if (StringUtils.hasText(settings.dataDirectory())) {
            Path directory = Path.of(settings.dataDirectory()).toAbsolutePath();
            Files.createDirectories(directory);
            // A kept database must survive a crash: the embedded server's test-speed
            // defaults turn fsync off.
            builder.setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        }
        else {
            log.info("Embedded PostgreSQL with a throw-away data directory");
        }
        if (settings.port() != null && settings.port() > 0) {
            builder.setPort(settings.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listens on {}", postgres.getJdbcUrl("postgres", "postgres"));
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("sif-embedded");
        return new HikariDataSource(config);
    }

    static class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }

    }

}
