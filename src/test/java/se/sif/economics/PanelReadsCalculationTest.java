package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The panel uses the calculation in its assessment (the report found it barely was):
 * members read it once the application is before them, never with a conflict of interest,
 * and never change it.
 */
@SifIntegrationTest
class PanelReadsCalculationTest {

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void panelMembersReadTheCalculationOfWhatTheyAssessUnlessTheyHaveAConflict() {
        long application = scenario.submitted(scenario.openCall("Kalkyl för panelen"), 100_000_000L);
        Api.Response saved = api.post("applicant", "/api/v1/applications/" + application + "/calculation",
                "{\"document\": " + json.writeValueAsString(TestDocuments.valid()) + "}");
        assertThat(saved.status()).as("submitted: the applicant may no longer change it").isEqualTo(403);
        // the officer revises the applicant's forecast (version 1)
        saved = api.post("officer", "/api/v1/applications/" + application + "/calculation",
                "{\"expectedVersion\": 1, \"document\": " + json.writeValueAsString(TestDocuments.valid()) + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String calculation = "/api/v1/applications/" + application + "/calculation";

        assertThat(api.get("assessor1", calculation).status()).as("not yet before the panel").isEqualTo(404);
        scenario.toPanel(application);
        assertThat(api.get("assessor1", calculation).status()).isEqualTo(200);
        assertThat(api.get("assessor1", calculation + "/versions/1/result").status()).isEqualTo(200);
        assertThat(api.post("assessor1", calculation, "{\"expectedVersion\": 1, \"document\": {}}").status())
            .as("reading is not changing")
            .isEqualTo(403);

        assertThat(api
            .post("assessor3", "/api/v1/applications/" + application + "/conflicts",
                    "{\"reason\": \"Styrelseledamot hos sökanden\"}")
            .status()).isEqualTo(204);
        assertThat(api.get("assessor3", calculation).status()).as("a conflict of interest hides it").isEqualTo(404);
        assertThat(api.get("assessor3", calculation + "/versions/1/export.xlsx").status()).isEqualTo(404);
        assertThat(api.get("assessor2", calculation).status()).isEqualTo(200);
    }

}
