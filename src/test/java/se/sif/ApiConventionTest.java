package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API's one convention, request by request: idempotency, languages, field names,
 * statuses.
 */
@SifIntegrationTest
class ApiConventionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    Scenario scenario;

    private static String call(String title) {
        String deadline = TestClock.NOW.atZone(ZoneId.of("Europe/Stockholm"))
            .toOffsetDateTime()
            .plusDays(30)
            .withNano(0)
            .toString();
        return """
                {"fundId": 1, "title": "%s", "description": "Test", "deadline": "%s", "budgetCeilingOre": 500000000}"""
            .formatted(title, deadline);
    }

    private long calls(String title) {
        return jdbc.sql("select count(*) from funding_call where title = :t")
            .param("t", title)
            .query(Long.class)
            .single();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheAnswerAndCreatesNothingMore() {
        String key = UUID.randomUUID().toString();
        Api.Response first = api.post("officer", "/api/v1/calls", call("Idempotent utlysning"), "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Response again = api.post("officer", "/api/v1/calls", call("Idempotent utlysning"), "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(calls("Idempotent utlysning")).isEqualTo(1);

        // without a key, the same request is a new call
        assertThat(api.post("officer", "/api/v1/calls", call("Idempotent utlysning")).status()).isEqualTo(201);
        assertThat(calls("Idempotent utlysning")).isEqualTo(2);
    }

    @Test
    void aCreateAnswers201WithTheLocationOfTheCreatedResource() {
        Api.Response created = api.post("officer", "/api/v1/calls", call("Utlysning med adress"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/calls/" + created.id());
        Api.Response read = api.get("officer", created.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(api
            .post("officer", "/api/v1/calls/" + created.id() + "/publication",
                    "{\"version\": %d}".formatted(((Number) created.json("$.version")).longValue()))
            .status()).isEqualTo(200);

        Api.Response draft = api.post("applicant", "/api/v1/applications", "{\"callId\": %d}".formatted(created.id()));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.header("Location")).isEqualTo("/api/v1/applications/" + draft.id());

        Api.Response job = api.post("officer", "/api/v1/funds/1/portfolio/export", "{}");
        assertThat(job.status()).as(job.body()).isEqualTo(201);
        assertThat(job.header("Location")).isEqualTo("/api/v1/jobs/" + ((Number) job.json("$.jobId")).longValue());
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(api.post("officer", "/api/v1/calls", call("Första med nyckeln"), "Idempotency-Key", key).status())
            .isEqualTo(201);
        Api.Response other = api.post("officer", "/api/v1/calls", call("Andra med samma nyckel"), "Idempotency-Key",
                key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body()).contains("Idempotency-Key");
        assertThat(calls("Andra med samma nyckel")).isZero();
    }

    @Test
    void keysBelongToTheUserAndARefusalIsKeptButAConflictIsNot() {
        String key = UUID.randomUUID().toString();
        // the same key from another user is that user's own key: its request runs (and is
        // refused by role)
        assertThat(api.post("officer", "/api/v1/calls", call("Nyckel per användare"), "Idempotency-Key", key).status())
            .isEqualTo(201);
        assertThat(api.post("board", "/api/v1/calls", call("Nyckel per användare"), "Idempotency-Key", key).status())
            .isEqualTo(403);
        // the same request under a key whose first request is still running answers 409
        // and does nothing
        String inFlight = UUID.randomUUID().toString();
        jdbc.sql("insert into idempotency_key (username, idempotency_key, request_hash) values ('officer', :k, :h)")
            .param("k", inFlight)
            .param("h", sha256("POST /api/v1/calls?\n" + call("Pågår")))
            .update();
        Api.Response running = api.post("officer", "/api/v1/calls", call("Pågår"), "Idempotency-Key", inFlight);
        assertThat(running.status()).as(running.body()).isEqualTo(409);
        assertThat(running.contentType()).startsWith("application/problem+json");
        assertThat(calls("Pågår")).isZero();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void acceptLanguageChoosesTheLanguageOfTheApisMessages() {
        String body = "{\"callId\": 999999}";
        Api.Response swedish = api.post("officer", "/api/v1/applications", body);
        Api.Response english = api.post("officer", "/api/v1/applications", body, "Accept-Language", "en");
        Api.Response absent = api.get("applicant", "/api/v1/applications/999999", "Accept-Language", "");
        assertThat(swedish.status()).isEqualTo(403);
        assertThat(swedish.body()).contains("Din roll får inte");
        assertThat(english.status()).isEqualTo(403);
        assertThat(english.body()).contains("Your role");
        assertThat(absent.status()).isEqualTo(404);
        assertThat(absent.body()).contains("Det finns inget sådant");
        assertThat(api.get("applicant", "/api/v1/applications/999999", "Accept-Language", "en-GB,en;q=0.9").body())
            .contains("not");
    }

    @Test
    void aMissingVersionIsA422ThatSaysSoAndAStaleOneA409() {
        long draft = scenario.draft(scenario.openCall("Utlysning för versioner"));
        Api.Response missing = api.put("applicant", "/api/v1/applications/" + draft, "{\"title\": \"Utan version\"}");
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat((List<String>) missing.json("$.errors[*].field")).containsExactly("version");
        assertThat(missing.body()).contains("version");
        Api.Response stale = api.put("applicant", "/api/v1/applications/" + draft,
                "{\"version\": 7, \"title\": \"Gammal\"}");
        assertThat(stale.status()).isEqualTo(409);
        // an unreadable request stays a 400
        assertThat(api.put("applicant", "/api/v1/applications/" + draft, "{\"version\": \"sju\"}").status())
            .isEqualTo(400);
    }

    @Test
    void growingListsArePagedAndFiltered() {
        long callId = scenario.openCall("Utlysning för sidor");
        scenario.draft(callId);
        scenario.draft(callId);
        scenario.draft(callId);
        Api.Response first = api.get("applicant",
                "/api/v1/applications?callId=%d&status=DRAFT&page=0&size=2".formatted(callId));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat((List<Object>) first.json("$.items")).hasSize(2);
        assertThat((Integer) first.json("$.totalItems")).isEqualTo(3);
        assertThat((Integer) first.json("$.page")).isZero();
        assertThat((Integer) first.json("$.size")).isEqualTo(2);
        Api.Response second = api.get("applicant", "/api/v1/applications?callId=%d&page=1&size=2".formatted(callId));
        assertThat((List<Object>) second.json("$.items")).hasSize(1);
        Api.Response submitted = api.get("applicant",
                "/api/v1/applications?callId=%d&status=SUBMITTED".formatted(callId));
        assertThat((Integer) submitted.json("$.totalItems")).isZero();
        Api.Response tooBig = api.get("applicant", "/api/v1/applications?size=100000");
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat((List<String>) tooBig.json("$.errors[*].field")).containsExactly("size");
        Api.Response calls = api.get("officer", "/api/v1/calls?fundId=1&open=true&size=1");
        assertThat(calls.status()).isEqualTo(200);
        assertThat((List<Object>) calls.json("$.items")).hasSize(1);
    }

    @Test
    void errorsNameTheRequestsOwnFields() {
        long applicationId = scenario.submitted(scenario.openCall("Utlysning för fältnamn"), 100_000_000L);
        scenario.toPanel(applicationId);
        Api.Response proposal = api.post("officer", "/api/v1/applications/" + applicationId + "/proposal",
                "{\"grant\": true, \"amountOre\": 100000, \"reasons\": \"Bra\"}");
        api.post("steering", "/api/v1/applications/" + applicationId + "/proposal/endorsement",
                "{\"version\": %d}".formatted(((Number) proposal.json("$.version")).longValue()));
        Api.Response noAmount = api.post("board", "/api/v1/applications/" + applicationId + "/decision",
                "{\"grant\": true, \"reasons\": \"Bra\", \"decidedOn\": \"%s\"}".formatted(TestClock.TODAY));
        assertThat(noAmount.status()).isEqualTo(422);
        assertThat((List<String>) noAmount.json("$.errors[*].field")).containsExactly("grantedAmountOre");

        long draft = scenario.draft(scenario.openCall("Utlysning för saknade fält"));
        Api.Response incomplete = scenario.submit(draft);
        assertThat(incomplete.status()).isEqualTo(422);
        // an incomplete application names the sections of its task list still to do
        assertThat((List<String>) incomplete.json("$.errors[*].field")).contains("ABOUT", "TARGET_GROUP", "BUDGET");
    }

    @Test
    void anErrorAboutOneItemOfAListNamesTheItemAndItsOwnField() {
        long fund = api.post("admin", "/api/v1/funds", """
                {"name": "Fond för fältvägar", "ownerOrganisationId": 102, "purpose": "Test",
                 "economicModel": "REPAYMENT", "carryOver": true}""").id();
        api.post("board", "/api/v1/funds/" + fund + "/appropriations", """
                {"fiscalYear": %d, "amountOre": 100000000, "description": "Avsättning"}""".formatted(TestClock.YEAR));
        long grant = api.post("board", "/api/v1/funds/" + fund + "/pre-study-grants", """
                {"recipientOrganisationId": 102, "amountOre": 50000000, "title": "Förstudie"}""").id();
        Api.Response negative = api.post("board", "/api/v1/grants/" + grant + "/repayment-agreement", """
                {"lossCover": "CENTRAL", "parties": [
                  {"organisationId": 103, "share": 0.5, "expectedSavingsOre": {"%1$d": 100}},
                  {"organisationId": 104, "share": 0.5, "expectedSavingsOre": {"%1$d": -100}}]}"""
            .formatted(TestClock.YEAR + 1));
        assertThat(negative.status()).isEqualTo(422);
        assertThat((List<String>) negative.json("$.errors[*].field")).containsExactly("parties[1].expectedSavingsOre");
    }

}
