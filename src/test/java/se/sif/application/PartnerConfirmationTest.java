package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.shared.web.PageForm;

/**
 * Each co-applicant organisation confirms its own participation and co-financing, or
 * declines with a note, before the application can be submitted; the applicant sees who
 * has answered; nobody else reads or answers.
 */
@SifIntegrationTest
class PartnerConfirmationTest {

    static final String PARTNER = Scenario.REGION_PARTNER;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    long region() {
        return jdbc.sql("select id from organisation where name = 'Västra Götalandsregionen'")
            .query(Long.class)
            .single();
    }

    /** Fills the draft naming the region as partner, without the region's answer. */
    final java.util.Set<Long> filled = new java.util.HashSet<>();

    void fill(long application, String coFinancing) {
        if (filled.add(application)) {
            scenario.fillUnconfirmed(application, 100_000_000L);
        }
        long version = ((Number) api.get("applicant", "/api/v1/applications/" + application).json("$.version"))
            .longValue();
        Api.Response saved = api.put("applicant", "/api/v1/applications/" + application, """
                {"version": %d, "title": "Parter bekräftar", "targetGroup": "Barn 3–10 år", "method": "Familjecoach",
                 "definedEffect": "Fler klarar skolan", "coFinancing": "%s", "continuation": "Elevhälsan",
                 "startDate": "2027-01-01", "endDate": "2028-12-31", "requestedAmountOre": 100000000,
                 "coApplicantIds": [%d]}""".formatted(version, coFinancing, region()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    Api.Response answer(String user, long application, String body) {
        return api.post(user, "/api/v1/applications/" + application + "/partnership", body);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> partner(long application) {
        List<Map<String, Object>> partners = api.get("applicant", "/api/v1/applications/" + application)
            .json("$.coApplicants");
        assertThat(partners).hasSize(1);
        return partners.get(0);
    }

    @Test
    void anApplicationIsSubmittedOnlyOnceEveryPartnerHasConfirmed() {
        long application = scenario.draft(scenario.openCall("Parter bekräftar"));
        fill(application, "Arbetstid från vårdcentralen");
        assertThat(partner(application)).containsEntry("confirmation", "PENDING");

        Api.Response early = scenario.submit(application);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.<List<String>>json("$.errors[*].field")).containsExactly("coApplicantIds");
        assertThat(early.body()).contains("Västra Götalandsregionen");

        // the partner reads the draft (a draft is otherwise its organisation's own) and
        // answers; someone else's user neither reads nor answers
        assertThat(api.get(PARTNER, "/api/v1/applications/" + application).status()).isEqualTo(200);
        assertThat(api.get("applicant-boras", "/api/v1/applications/" + application).status()).isEqualTo(404);
        assertThat(answer("applicant-boras", application, "{\"confirm\": true}").status()).isEqualTo(404);
        assertThat(answer("officer", application, "{\"confirm\": true}").status()).isEqualTo(403);

        Api.Response bare = answer(PARTNER, application, "{\"confirm\": false}");
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.<List<String>>json("$.errors[*].field")).containsExactly("note");
        assertThat(
                answer(PARTNER, application, "{\"confirm\": false, \"note\": \"Vi kan bara ge 50 timmar\"}").status())
            .isEqualTo(200);
        assertThat(partner(application)).containsEntry("confirmation", "DECLINED")
            .containsEntry("note", "Vi kan bara ge 50 timmar")
            .containsEntry("answeredBy", PARTNER);
        assertThat(scenario.submit(application).status()).as("declined").isEqualTo(422);

        assertThat(answer(PARTNER, application, "{\"confirm\": true}").status()).isEqualTo(200);
        Api.Response submitted = scenario.submit(application);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(answer(PARTNER, application, "{\"confirm\": false, \"note\": \"För sent\"}").status())
            .as("the answer is part of what was submitted")
            .isEqualTo(422);
        assertThat(jdbc.sql("""
                select string_agg(action, ',' order by id) from audit_event
                where subject_type = 'application' and subject_id = :id and action like 'application.partner%'""")
            .param("id", application)
            .query(String.class)
            .single()).isEqualTo("application.partnerDeclined,application.partnerConfirmed");
    }

    @Test
    void aPartnerReadsButDoesNotEditAndIsAskedAgainWhenTheCoFinancingIsRewritten() {
        long application = scenario.draft(scenario.openCall("Parter frågas igen"));
        fill(application, "Arbetstid från vårdcentralen");
        long version = ((Number) api.get(PARTNER, "/api/v1/applications/" + application).json("$.version")).longValue();
        assertThat(api.put(PARTNER, "/api/v1/applications/" + application, """
                {"version": %d, "title": "Kapad"}""".formatted(version)).status()).isIn(403, 404);
        assertThat(answer(PARTNER, application, "{\"confirm\": true}").status()).isEqualTo(200);

        fill(application, "Arbetstid från vårdcentralen");
        assertThat(partner(application)).as("the same co-financing: the answer stands")
            .containsEntry("confirmation", "CONFIRMED");
        fill(application, "Arbetstid från vårdcentralen och BUP");
        assertThat(partner(application)).as("the co-financing they confirmed was rewritten")
            .containsEntry("confirmation", "PENDING");
    }

    @Test
    void thePartnersInboxListsWhatWaitsForItsAnswer() throws Exception {
        long application = scenario.draft(scenario.openCall("Partnerns inkorg"));
        fill(application, "Arbetstid");
        String link = "a[href=/applications/" + application + "]";
        assertThat(PageForm.page(mvc, PARTNER, "/").select("#inbox-partnerships " + link)).hasSize(1);
        answer(PARTNER, application, "{\"confirm\": true}");
        assertThat(PageForm.page(mvc, PARTNER, "/").select(link)).isEmpty();
    }

}
