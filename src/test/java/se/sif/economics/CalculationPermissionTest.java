package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may read and who may change an application's calculation, for each of the demo
 * roles and each step of the application's life: the applicant's own draft, another
 * organisation's draft and submitted application, the applicant's own submitted
 * application, and a granted one whose investment has a project leader. 404 means the
 * role may not know the calculation exists, 403 that it may read but not change it.
 * Allowed changes aim at something the domain then refuses (422) or a form with errors
 * (200), so the matrix writes nothing.
 */
@SifIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalculationPermissionTest {

    /** One demo user per role, in the column order of the matrix. */
    static final List<String> USERS = List.of("officer", "assessor1", "steering", "board", "applicant", "leader",
            "admin");

    /**
     * An organisation other than the applicant's (Gullspång, 6): Borås stad in the demo.
     */
    static final long OTHER_ORGANISATION = 12;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    final Map<String, Long> targets = new LinkedHashMap<>();

    @BeforeAll
    void createApplications() {
        long call = scenario.openCall("Kalkylbehörigheter");
        long ownDraft = scenario.draft(call);
        long otherDraft = scenario.draft(call);
        long otherSubmitted = scenario.submitted(call, 10_000_000L);
        jdbc.sql("update application set applicant_organisation_id = :o where id in (:ids)")
            .param("o", OTHER_ORGANISATION)
            .param("ids", List.of(otherDraft, otherSubmitted))
            .update();
        long ownSubmitted = scenario.submitted(call, 10_000_000L);
        long granted = scenario.submitted(call, 10_000_000L);
        scenario.toPanel(granted);
        assertThat(scenario.grant(granted, 10_000_000L).status()).isEqualTo(201);
        long investment = jdbc.sql("select id from investment where application_id = :a")
            .param("a", granted)
            .query(Long.class)
            .single();
        assertThat(api
            .put("officer", "/api/v1/investments/" + investment + "/project-leader", "{\"username\": \"leader\"}")
            .status()).isEqualTo(200);
        targets.put("own draft", ownDraft);
        targets.put("other's draft", otherDraft);
        targets.put("other's submitted", otherSubmitted);
        targets.put("own submitted", ownSubmitted);
        targets.put("granted, led by leader", granted);
        // every target has a computable first version, so the read pages show results (a
        // submitted one has the scenario's)
        for (long app : targets.values()) {
            jdbc.sql("""
                    insert into calculation_version (application_id, version, purpose, note, document, created_by)
                    select :a, 1, 'FORECAST', 'behörighetstest', cast(:doc as jsonb), 'applicant'
                    where not exists (select 1 from calculation_version where application_id = :a)""")
                .param("a", app)
                .param("doc", json.writeValueAsString(TestDocuments.valid()))
                .update();
        }
    }

    /** What each role gets, per target, in the order of {@link #USERS}. */
    record Expected(int[] read, int[] edit, int[] save, int[] realise) {
    }

    private static int[] row(int... statuses) {
        return statuses;
    }

    private static Map<String, Expected> expected() {
        Map<String, Expected> m = new LinkedHashMap<>();
        // officer assessor steering board applicant leader admin
        m.put("own draft", new Expected(row(404, 404, 404, 404, 200, 404, 404), row(404, 404, 404, 404, 200, 404, 404),
                row(404, 404, 404, 404, 422, 404, 404), row(404, 404, 404, 404, 403, 404, 404)));
        m.put("other's draft",
                new Expected(row(404, 404, 404, 404, 404, 404, 404), row(404, 404, 404, 404, 404, 404, 404),
                        row(404, 404, 404, 404, 404, 404, 404), row(404, 404, 404, 404, 404, 404, 404)));
        m.put("other's submitted",
                new Expected(row(200, 404, 200, 200, 404, 404, 200), row(200, 404, 403, 403, 404, 404, 403),
                        row(422, 404, 403, 403, 404, 404, 403), row(403, 404, 403, 403, 404, 404, 403)));
        m.put("own submitted",
                new Expected(row(200, 404, 200, 200, 200, 404, 200), row(200, 404, 403, 403, 403, 404, 403),
                        row(422, 404, 403, 403, 403, 404, 403), row(403, 404, 403, 403, 403, 404, 403)));
        m.put("granted, led by leader",
                new Expected(row(200, 404, 200, 200, 200, 200, 200), row(200, 404, 403, 403, 403, 200, 403),
                        row(422, 404, 403, 403, 403, 422, 403), row(422, 404, 403, 403, 403, 422, 403)));
        return m;
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        expected().forEach((target, e) -> {
            for (int i = 0; i < USERS.size(); i++) {
                cells.add(Arguments.of(USERS.get(i), target, e.read()[i], e.edit()[i], e.save()[i], e.realise()[i]));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} on {1}: read {2}, edit {3}, save {4}, realise {5}")
    @MethodSource("cells")
    void accessToTheCalculation(String user, String target, int read, int edit, int save, int realise)
            throws Exception {
        long app = targets.get(target);
        String base = "/applications/" + app + "/calculation";
        String why = user + " on " + target + " (" + app + "): ";

        for (String page : List.of(base, base + "/versions/1", base + "/compare")) {
            assertThat(page(user, page)).as(why + page).isEqualTo(read);
        }
        assertThat(api.get(user, "/api/v1" + base).status()).as(why + "API read").isEqualTo(read);
        assertThat(api.get(user, "/api/v1" + base + "/versions/1/result").status()).as(why + "API result")
            .isEqualTo(read);
        int export = mvc
            .perform(get(base + "/versions/1/export.xlsx").with(user(user).roles(se.sif.DemoUsers.roleOf(user))))
            .andReturn()
            .getResponse()
            .getStatus();
        assertThat(export).as(why + "export").isEqualTo(read);

        for (String page : List.of("/settings", "/actors", "/costs", "/outcomes/0", "/outcomes/new",
                "/uncertainties")) {
            assertThat(page(user, base + page)).as(why + page).isEqualTo(edit);
        }
        // an empty settings form: re-shown with its errors (200) to an editor, refused to
        // anyone else
        int form = mvc
            .perform(post(base + "/settings").param("version", "1")
                .with(user(user).roles(se.sif.DemoUsers.roleOf(user)))
                .with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
        assertThat(form).as(why + "settings form").isEqualTo(edit);

        Api.Response saved = api.post(user, "/api/v1" + base, "{\"expectedVersion\": 1, \"document\": {}}");
        assertThat(saved.status()).as(why + "API save: " + saved.body()).isEqualTo(save);
        assertThat(saved.contentType()).startsWith("application/problem+json");
        Api.Response realised = api.post(user, "/api/v1" + base + "/realised", "{\"expectedVersion\": 1}");
        assertThat(realised.status()).as(why + "API realised: " + realised.body()).isEqualTo(realise);
        if (realise == 422) {
            assertThat(realised.body()).contains("economics.realised.nothingMeasured");
        }
        assertThat(jdbc.sql("select count(*) from calculation_version where application_id = :a")
            .param("a", app)
            .query(Integer.class)
            .single()).as(why + "nothing written").isEqualTo(1);
    }

    @Test
    void theUnitCostLibraryIsReadByEveryoneAndKeptByOfficersAndTheAdministrator() throws Exception {
        int[] edit = { 200, 403, 403, 403, 403, 403, 200 };
        for (int i = 0; i < USERS.size(); i++) {
            String user = USERS.get(i);
            assertThat(page(user, "/unit-costs")).as(user).isEqualTo(200);
            assertThat(page(user, "/unit-costs/prison_day")).as(user).isEqualTo(200);
            assertThat(page(user, "/unit-costs/new")).as(user).isEqualTo(edit[i]);
            int saved = mvc
                .perform(post("/unit-costs").param("code", "")
                    .with(user(user).roles(se.sif.DemoUsers.roleOf(user)))
                    .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
            assertThat(saved).as(user + " saves an empty unit cost").isEqualTo(edit[i]);
        }
    }

    private int page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user).roles(se.sif.DemoUsers.roleOf(user))))
            .andReturn()
            .getResponse()
            .getStatus();
    }

}
