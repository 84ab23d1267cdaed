package se.sif.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V18 on a database an earlier version filled: numbers typed without the hyphen are
 * stored the one way, a number of another shape is kept (and refused only when next
 * written), and from then on the database keeps the shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationAccountsMigrationTest {

    EmbeddedPostgres postgres;

    JdbcClient jdbc;

    DataSource dataSource;

    @BeforeAll
    void databaseBeforeV18() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("16").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void numbersAreStoredTheOneWayAndTheShapeIsKeptFromThenOn() {
        jdbc.sql("""
                insert into organisation (name, org_number, kind) values
                    ('Utan bindestreck', '2120001355', 'MUNICIPALITY'),
                    ('Med mellanslag', '232100 0131', 'REGION'),
                    ('Med sekel', '16212000-1355', 'OTHER'),
                    ('Utan nummer', null, 'OTHER')""").update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("18").load().migrate();

        assertThat(
                jdbc.sql("select coalesce(org_number, '–') from organisation order by id").query(String.class).list())
            .containsExactly("212000-1355", "232100-0131", "16212000-1355", "–");
        assertThat(jdbc.sql("select version from organisation").query(Long.class).list()).containsOnly(0L);
        assertThatThrownBy(() -> jdbc
            .sql("insert into organisation (name, org_number, kind) values ('Fel form', '212000-13', 'OTHER')")
            .update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                () -> jdbc.sql("update organisation set postcode = '46280' where name = 'Utan bindestreck'").update())
            .isInstanceOf(DataIntegrityViolationException.class);
    }

}
