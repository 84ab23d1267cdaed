package se.sif.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the VGR reference case from {@code demo/reference-case.sql} on the first start
 * against an empty database (no fund, organisation or user yet). "auto" (the default)
 * means: only on the embedded default database, never on a production server unless
 * {@code SIF_DEMO_DATA_ENABLED=true}. An advisory lock keeps two nodes starting at once
 * from loading it twice.
 */
@Component
@Order(5)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final long LOCK_KEY = 0x5_1F_DE_40L;

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    private final boolean enabled;

    DemoDataLoader(JdbcClient jdbc, DataSource dataSource, ObjectProvider<EmbeddedPostgres> embedded,
            @Value("${sif.demo-data.enabled:auto}") String setting) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.enabled = "auto".equalsIgnoreCase(setting) ? embedded.getIfAvailable() != null
                : Boolean.parseBoolean(setting);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleRow();
        Integer rows = jdbc.sql(
                "select (select count(*) from fund) + (select count(*) from organisation) + (select count(*) from user_account)")
            .query(Integer.class)
            .single();
        if (rows > 0) {
            log.info("Demo data not loaded: the database already holds funds, organisations or users");
            return;
        }
        ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
                new ClassPathResource("demo/reference-case.sql"));
        log.info("Loaded the demo data: the VGR reference case 2014-2015");
    }

}
