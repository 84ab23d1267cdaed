package se.sif.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.shared.web.PageForm;

/**
 * Questions and answers on a call: an applicant asks, an officer answers and publishes
 * the answer for every applicant alike, without the asker's name; the asker is told.
 */
@SifIntegrationTest
class CallQuestionsTest {

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnswerIsPublishedForEveryoneWithoutTheAskersName() throws Exception {
        long call = scenario.openCall("Frågor och svar");
        String page = "/calls/" + call;
        MvcResult asked = PageForm.of(mvc, "applicant", page, "/questions")
            .type("question", "Räknas arbetstid från elevhälsan som medfinansiering? /Sara Holm")
            .submit();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo(page + "#questions");

        assertThat(PageForm.page(mvc, "applicant", page).select("#questions + dl").text())
            .as("the asker sees their own question")
            .contains("Räknas arbetstid")
            .contains("Inte besvarad ännu");
        assertThat(PageForm.page(mvc, "applicant-boras", page).text()).as("others see no unanswered question")
            .doesNotContain("Räknas arbetstid");
        Document officer = PageForm.page(mvc, "officer", page);
        assertThat(officer.text()).contains("Ställd av applicant");
        String answerPage = officer.select("a:contains(Besvara)").attr("href");
        assertThat(answerPage).startsWith(page + "/questions/");

        // nothing typed: refused beside the field, the tidied question kept
        MvcResult empty = PageForm.of(mvc, "officer", answerPage, answerPage)
            .type("question", "Räknas arbetstid från elevhälsan som medfinansiering?")
            .type("answer", " ")
            .submit();
        Document refused = Jsoup.parse(empty.getResponse().getContentAsString());
        assertThat(refused.getElementById("answer-error").text()).contains("Skriv svaret");
        assertThat(PageForm.shown(refused, "question"))
            .isEqualTo("Räknas arbetstid från elevhälsan som medfinansiering?");

        MvcResult answered = PageForm.of(mvc, "officer", answerPage, answerPage)
            .type("question", "Räknas arbetstid från elevhälsan som medfinansiering?")
            .type("answer", "Ja, redovisad som timmar per år och part.")
            .submit();
        assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo(page + "#questions");

        for (String user : List.of("applicant-boras", "assessor1", "applicant")) {
            Document seen = PageForm.page(mvc, user, page);
            assertThat(seen.select("#questions + dl").text()).as(user)
                .contains("Räknas arbetstid från elevhälsan som medfinansiering?")
                .contains("Ja, redovisad som timmar per år och part.")
                .doesNotContain("Sara Holm")
                .doesNotContain("Ställd av");
        }
        List<Map<String, Object>> published = api.get("applicant-boras", "/api/v1/calls/" + call + "/questions")
            .json("$");
        assertThat(published).hasSize(1);
        assertThat(published.get(0)).doesNotContainKey("askedBy");

        assertThat(jdbc.sql("""
                select count(*) from notification_outbox
                where message_key = 'notification.answer' and body like :link""")
            .param("link", "%/calls/" + call + "#questions%")
            .query(Long.class)
            .single()).as("the asker is told").isEqualTo(1);
    }

    @Test
    void aStaleAnswerIsRefusedAndOnlyOfficersAnswer() {
        long call = scenario.openCall("Frågor, två svarar");
        Api.Response asked = api.post("applicant", "/api/v1/calls/" + call + "/questions",
                "{\"question\": \"Får en förening vara medsökande?\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.header("Location")).isEqualTo("/api/v1/calls/" + call + "/questions/" + asked.id());
        String answer = "/api/v1/calls/" + call + "/questions/" + asked.id() + "/answer";
        assertThat(api.post("applicant", answer, "{\"version\": 0, \"answer\": \"Ja\"}").status()).isEqualTo(403);
        assertThat(api.post("officer", answer, "{\"version\": 0, \"answer\": \"Ja, som part.\"}").status())
            .isEqualTo(200);
        assertThat(api.post("officer", answer, "{\"version\": 0, \"answer\": \"Nej.\"}").status()).as("stale")
            .isEqualTo(409);
        assertThat(api.get("applicant-boras", "/api/v1/calls/" + call + "/questions").<String>json("$[0].answer"))
            .isEqualTo("Ja, som part.");

        assertThat(api.post("applicant", "/api/v1/calls/" + call + "/questions", "{\"question\": \"\"}").status())
            .isEqualTo(422);
        long draft = api.post("officer", "/api/v1/calls",
                """
                        {"fundId": 1, "title": "Utkast utan frågor", "deadline": "2030-01-01T12:00:00+01:00", "budgetCeilingOre": 100}""")
            .id();
        assertThat(api.post("applicant", "/api/v1/calls/" + draft + "/questions", "{\"question\": \"Hej?\"}").status())
            .as("a draft is not seen")
            .isEqualTo(404);
    }

}
