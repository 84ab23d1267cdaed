package se.sif.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V13 repairs what the doubled multi-line fields stored, on a database as an earlier
 * version left it: the schema up to V12, rows saved through the defective forms, then the
 * upgrade.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoubledTextRepairMigrationTest {

    EmbeddedPostgres postgres;

    JdbcClient jdbc;

    DataSource dataSource;

    @BeforeAll
    void databaseAtV12() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("12").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    void stop() throws Exception {
        postgres.close();
    }

    long application(String targetGroup, String method, String continuation) {
        return jdbc.sql("""
                insert into application (call_id, applicant_organisation_id, created_by, title, target_group, method,
                                         continuation, status)
                values (1, 1, 'applicant', 'Titel, med komma', :tg, :m, :c, 'DRAFT') returning id""")
            .param("tg", targetGroup)
            .param("m", method)
            .param("c", continuation)
            .query(Long.class)
            .single();
    }

    List<String> fields(long id) {
        return jdbc.sql("select target_group, method, continuation from application where id = :id")
            .param("id", id)
            .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)))
            .single();
    }

    @Test
    void theUpgradeKeepsOneCopyOfEachTextAndEmptiesCommaOnlyFields() {
        jdbc.sql("insert into organisation (name, kind) values ('Gullspångs kommun', 'MUNICIPALITY')").update();
        jdbc.sql(
                "insert into fund (name, owner_organisation_id, purpose, economic_model) values ('Fond', 1, 'Barn och unga,', 'APPROPRIATION')")
            .update();
        jdbc.sql("""
                insert into funding_call (fund_id, title, description, deadline, budget_ceiling_ore, created_by)
                values (1, 'Utlysning', 'Text, med komma', now(), 100, 'officer')""").update();
        long typedOnce = application("Barn 3–10 år,", ",Familjecoach", ",,,");
        long savedTwice = application("Barn, unga,Barn, unga",
                "Metod\r\nrad två,Metod\r\nrad två,Metod\r\nrad två,Metod\r\nrad två", ",");
        long typedAnew = application("Nytt,Gammalt", "En mening, med komma i mitten", null);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("13").load().migrate();

        assertThat(fields(typedOnce)).containsExactly("Barn 3–10 år", "Familjecoach", null);
        assertThat(fields(savedTwice)).containsExactly("Barn, unga", "Metod\r\nrad två", null);
        assertThat(fields(typedAnew)).as("two different texts cannot be told from real text, and a comma inside stays")
            .containsExactly("Nytt,Gammalt", "En mening, med komma i mitten", null);
        assertThat(jdbc.sql("select purpose from fund").query(String.class).single()).isEqualTo("Barn och unga");
        assertThat(jdbc.sql("select description from funding_call").query(String.class).single())
            .as("the call's description was never doubled and is not touched")
            .isEqualTo("Text, med komma");
        assertThat(jdbc.sql(
                "select subject_id from audit_event where action = 'repair.doubledText' and subject_type = 'application' order by 1")
            .query(Long.class)
            .list()).containsExactly(typedOnce, savedTwice);
    }

}
