package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;
import se.sif.shared.web.PageForm;

/**
 * A completion request reopens the parts of a submitted application screening names, with
 * a message and a last day of its own: only those parts can change, the completion is
 * accepted until the end of the deadline day (today by the fixed clock, so the verdict is
 * the same on any day the suite runs), and it goes back to screening. The applicant is
 * e-mailed the request; nobody outside the application's readers sees it.
 */
@SifIntegrationTest
class CompletionRequestTest {

    static final LocalDate DEADLINE = TestClock.TODAY.plusDays(14);

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Api.Response requestCompletion(long application, String sections) {
        return api.post("officer", "/api/v1/applications/" + application + "/screening", """
                {"formalComplete": true, "triageGrade": 2, "outcome": "COMPLETION_REQUESTED",
                 "reasonsText": "Beskriv metoden och dess evidens tydligare.", "completionDeadline": "%s",
                 "completionSections": [%s]}""".formatted(DEADLINE, sections));
    }

    /**
     * The whole content as the applicant saves it, as stored but for the given fields
     * (values as JSON).
     */
    Api.Response save(long application, Map<String, String> changed) {
        Api.Response stored = api.get("applicant", "/api/v1/applications/" + application);
        Map<String, String> json = new LinkedHashMap<>();
        json.put("version", String.valueOf(((Number) stored.json("$.version")).longValue()));
        for (String field : List.of("title", "targetGroup", "method", "definedEffect", "coFinancing", "continuation",
                "startDate", "endDate")) {
            json.put(field, "\"" + stored.<String>json("$." + field) + "\"");
        }
        json.put("requestedAmountOre", String.valueOf(((Number) stored.json("$.requestedAmountOre")).longValue()));
        json.put("coApplicantIds", stored.<List<Object>>json("$.coApplicants[*].organisationId").toString());
        json.putAll(changed);
        return api.put("applicant", "/api/v1/applications/" + application,
                json.entrySet()
                    .stream()
                    .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}")));
    }

    void deadlineIs(long application, LocalDate deadline) {
        jdbc.sql("update application_completion_request set deadline = :d where application_id = :a")
            .param("d", deadline)
            .param("a", application)
            .update();
    }

    String status(long application) {
        return api.get("officer", "/api/v1/applications/" + application).json("$.status");
    }

    @Test
    void onlyTheNamedPartsReopenUntilTheEndOfTheDeadlineDayAndTheCompletionGoesBackToScreening() throws Exception {
        long application = scenario.submitted(scenario.openCall("Komplettering av metoden"), 1_000_000_00L);

        Api.Response unnamed = requestCompletion(application, "");
        assertThat(unnamed.status()).as(unnamed.body()).isEqualTo(422);
        assertThat(unnamed.<List<String>>json("$.errors[*].field")).containsExactly("completionSections");
        assertThat(status(application)).isEqualTo("SUBMITTED");

        Api.Response requested = requestCompletion(application, "\"METHOD\", \"EFFECTS\"");
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        assertThat(status(application)).isEqualTo("COMPLETION_REQUESTED");
        Api.Response request = api.get("applicant", "/api/v1/applications/" + application + "/completion-request");
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.<List<String>>json("$.sections")).containsExactly("METHOD", "EFFECTS");
        assertThat(request.<String>json("$.message")).isEqualTo("Beskriv metoden och dess evidens tydligare.");
        assertThat(request.<String>json("$.deadline")).isEqualTo(DEADLINE.toString());
        // the screening page shows the request as it was recorded: its parts ticked
        org.jsoup.nodes.Document screening = se.sif.shared.web.PageForm.page(mvc, "officer",
                "/applications/" + application + "/screening");
        assertThat(screening.select("input[name=completionSections][checked]").eachAttr("value"))
            .containsExactlyInAnyOrder("METHOD", "EFFECTS");
        assertThat(se.sif.shared.web.PageForm.shown(screening, "completionDeadline")).isEqualTo(DEADLINE.toString());
        assertThat(request.<String>json("$.requestedBy")).isEqualTo("officer");

        // a named part changes; a part not named does not, and nothing is written
        assertThat(save(application, Map.of("method", "\"Familjecoach enligt manual, med referenser\"")).status())
            .isEqualTo(200);
        Api.Response outside = save(application,
                Map.of("targetGroup", "\"Alla barn\"", "requestedAmountOre", "200000000", "method", "\"Ny metod\""));
        assertThat(outside.status()).as(outside.body()).isEqualTo(422);
        assertThat(outside.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("requestedAmountOre",
                "targetGroup");
        assertThat(api.get("applicant", "/api/v1/applications/" + application).<String>json("$.method"))
            .isEqualTo("Familjecoach enligt manual, med referenser");
        Api.Response partners = save(application, Map.of("coApplicantIds", "[]"));
        assertThat(partners.<List<String>>json("$.errors[*].field")).containsExactly("coApplicantIds");

        // the deadline day itself is still open
        deadlineIs(application, TestClock.TODAY);
        assertThat(save(application, Map.of("definedEffect", "\"Fler klarar grundskolan inom tre år\"")).status())
            .isEqualTo(200);

        // after it, nothing changes and the completion is not accepted
        deadlineIs(application, TestClock.TODAY.minusDays(1));
        Api.Response late = save(application, Map.of("method", "\"För sent\""));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body()).contains(TestClock.TODAY.minusDays(1).toString());
        Api.Response lateSubmission = scenario.submit(application);
        assertThat(lateSubmission.status()).as(lateSubmission.body()).isEqualTo(422);
        assertThat(lateSubmission.body()).contains("Sista dag för kompletteringen")
            .contains(TestClock.TODAY.minusDays(1).toString());
        assertThat(status(application)).isEqualTo("COMPLETION_REQUESTED");

        deadlineIs(application, TestClock.TODAY);
        Api.Response completed = scenario.submit(application);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(status(application)).isEqualTo("SUBMITTED");
        assertThat(api.get("applicant", "/api/v1/applications/" + application + "/completion-request")
            .<String>json("$.answeredBy")).isEqualTo("applicant");
        assertThat(jdbc
            .sql("""
                    select string_agg(action, ',' order by id) from audit_event
                    where subject_type = 'application' and subject_id = :id
                      and action in ('application.submitted', 'application.completionRequested', 'application.completed')""")
            .param("id", application)
            .query(String.class)
            .single()).isEqualTo("application.submitted,application.completionRequested,application.completed");
        // back in screening's work list, and closed to changes again
        assertThat(PageForm.page(mvc, "officer", "/screening")
            .select("a[href=/applications/" + application + "/screening]")).isNotEmpty();
        assertThat(save(application, Map.of("method", "\"Efteråt\"")).status()).isEqualTo(422);
        Api.Response receipts = api.get("applicant", "/api/v1/applications/" + application + "/receipts");
        assertThat(receipts.<List<Boolean>>json("$[*].completion")).containsExactly(false, true);
    }

    @Test
    void theApplicantIsMailedThePartsTheMessageAndTheDeadline() {
        long application = scenario.submitted(scenario.openCall("Komplettering per e-post"), 1_000_000_00L);
        String number = api.get("applicant", "/api/v1/applications/" + application).json("$.registrationNumber");
        assertThat(requestCompletion(application, "\"BUDGET\", \"PARTNERS\"").status()).isEqualTo(200);
        Map<String, Object> mail = jdbc.sql("""
                select recipient_address, subject, body from notification_outbox
                where message_key = 'notification.completionRequest' and subject like :number""")
            .param("number", "%" + number + "%")
            .query()
            .singleRow();
        assertThat(mail.get("recipient_address")).isEqualTo("sara.holm@example.se");
        assertThat((String) mail.get("body")).contains("Beskriv metoden och dess evidens tydligare.")
            .contains("Samverkan och medfinansiering, Budget")
            .contains(String.valueOf(DEADLINE.getYear()))
            .contains("/applications/" + application)
            .contains(number);
    }

    @Test
    void theRequestIsShownToTheApplicationsReadersAndNobodyElse() throws Exception {
        long application = scenario.submitted(scenario.openCall("Komplettering syns"), 1_000_000_00L);
        assertThat(requestCompletion(application, "\"CONTINUATION\"").status()).isEqualTo(200);
        String page = "/applications/" + application;
        for (String reader : List.of("applicant", "officer")) {
            var banner = PageForm.page(mvc, reader, page).select("#completion-request");
            assertThat(banner.text()).as(reader)
                .contains("Beskriv metoden och dess evidens tydligare.")
                .contains("Planerad fortsättning")
                .contains(DEADLINE.toString());
        }
        assertThat(api.get("applicant-boras", "/api/v1/applications/" + application + "/completion-request").status())
            .isEqualTo(404);
        assertThat(mvc
            .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .user("applicant-boras")
                    .roles("APPLICANT")))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(404);
        assertThat(api.get("applicant", "/api/v1/applications/3/completion-request").status()).as("none was made")
            .isEqualTo(404);
    }

}
