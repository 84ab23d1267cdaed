package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API is documented by OpenAPI: a script writer finds every versioned endpoint there,
 * and every operation keeps the one API convention (ARCHITECTURE.md, "API convention"). A
 * new endpoint that breaks it fails here.
 */
@SifIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

    /**
     * POSTs that do something to an existing resource rather than create one (and why),
     * so they answer 200/204.
     */
    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("/api/v1/applications/{id}/submit", "a state change of the application"),
            Map.entry("/api/v1/applications/{id}/triage/declaration/withdrawal",
                    "withdraws a declaration, which stays on the record"),
            Map.entry("/api/v1/calls/{id}/publication", "a state change of the call"),
            Map.entry("/api/v1/applications/{id}/partnership", "a partner's answer on the application"),
            Map.entry("/api/v1/calls/{id}/archival", "a state change of the call"),
            Map.entry("/api/v1/calls/{id}/questions/{questionId}/answer", "publishes the question's answer"),
            Map.entry("/api/v1/applications/{id}/screening", "records the screening step of the application"),
            Map.entry("/api/v1/applications/{id}/proposal", "creates or revises the application's one proposal"),
            Map.entry("/api/v1/applications/{id}/proposal/endorsement", "a state change of the proposal"),
            Map.entry("/api/v1/applications/{id}/conflicts", "a declaration recorded on the caller's assessment"),
            Map.entry("/api/v1/funds/{id}/years/{year}/close", "closing twice is closing once"),
            Map.entry("/api/v1/funds/{id}/repayment-claims", "generates the year's claims, keeping existing ones"),
            Map.entry("/api/v1/grants/{id}/payments/{paymentId}/condition-met", "a state change of the payment"),
            Map.entry("/api/v1/grants/{id}/reduction", "a change of the grant"),
            Map.entry("/api/v1/repayment-claims/{id}/repayment",
                    "a state change of the claim (201, no address to read yet)"),
            Map.entry("/api/v1/repayment-claims/{id}/write-off", "a state change of the claim"),
            Map.entry("/api/v1/outcome-measures/{id}/verifications",
                    "201, but a verification has no address to read yet"),
            Map.entry("/api/v1/outcome-verifications/{id}/payment", "a state change of the verification"),
            Map.entry("/api/v1/outcomes-contracts/{id}/investor-investments", "recorded on the contract"),
            Map.entry("/api/v1/jobs/{id}/cancel", "a state change of the job"),
            Map.entry("/api/v1/organisations/{id}/users/{userId}/deactivation", "a state change of the user"),
            Map.entry("/api/v1/economics/calculations/validate", "computes, stores nothing"),
            Map.entry("/api/v1/economics/calculations/compute", "computes, stores nothing"),
            Map.entry("/api/v1/economics/calculations/export.xlsx", "computes, stores nothing"),
            Map.entry("/api/v1/economics/present-value", "computes, stores nothing"));

    /** GET lists that do not grow without bound (and why), so they need no paging. */
    static final Map<String, String> BOUNDED_LISTS = Map.ofEntries(
            Map.entry("/api/v1/calls/{id}/questions", "one call's questions: tens per round"),
            Map.entry("/api/v1/funds", "the funds: a handful per region"),
            Map.entry("/api/v1/assessment", "the panel member's own work list for open calls"),
            Map.entry("/api/v1/applications/{id}/assessments", "one application's assessments: the panel's size"),
            Map.entry("/api/v1/applications/{id}/attachments", "one application's attachments, read whole"),
            Map.entry("/api/v1/applications/{id}/receipts", "one application's receipts: one per submission"),
            Map.entry("/api/v1/applications/{id}/full-applications",
                    "the full applications of one pre-study: at most one per call"),
            Map.entry("/api/v1/calls/{id}/ranking", "one call's ranking, read whole"),
            Map.entry("/api/v1/applications/{id}/calculation/versions", "one calculation's versions"),
            Map.entry("/api/v1/applications/{id}/calculation/versions/{version}/trace", "one result's trace"),
            Map.entry("/api/v1/economics/unit-costs/{code}", "one unit cost's versions"),
            Map.entry("/api/v1/economics/parameter-sets", "one kind's versions"),
            Map.entry("/api/v1/funds/{id}/repayments", "one fund's agreements, read whole for the refill"));

    @Autowired
    MockMvc mvc;

    Api.Response docs;

    @BeforeAll
    void readTheDocument() {
        docs = new Api(mvc).get("officer", "/v3/api-docs");
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
    }

    record Op(String path, String method, Map<String, Object> operation) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> responses() {
            return (Map<String, Map<String, Object>>) operation.get("responses");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parameters() {
            return operation.get("parameters") == null ? List.of()
                    : (List<Map<String, Object>>) operation.get("parameters");
        }

        boolean hasParameter(String in, String name) {
            return parameters().stream()
                .anyMatch(p -> in.equals(p.get("in")) && name.equalsIgnoreCase((String) p.get("name")));
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    List<Op> operations() {
        Map<String, Map<String, Object>> paths = docs.json("$.paths");
        List<Op> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> map && map.containsKey("responses")) {
                operations.add(new Op(path, method, (Map<String, Object>) map));
            }
        }));
        return operations;
    }

    @Test
    void theOpenApiDocumentDescribesTheCalculationEndpoints() {
        Map<String, Object> paths = docs.json("$.paths");
        assertThat(paths).containsKeys("/api/v1/applications/{id}/calculation",
                "/api/v1/economics/calculations/validate", "/api/v1/economics/calculations/compute",
                "/api/v1/economics/calculations/export.xlsx",
                "/api/v1/applications/{id}/calculation/versions/{version}/export.xlsx",
                "/api/v1/applications/{id}/calculation/realised", "/api/v1/economics/unit-costs",
                "/api/v1/funds/{id}/portfolio", "/api/v1/jobs/{id}");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/v1/"), "every documented path is versioned");
    }

    @Test
    void everyCreatingPostAnswers201WithALocation() {
        List<Op> posts = operations().stream().filter(op -> op.method().equals("post")).toList();
        assertThat(posts).isNotEmpty();
        assertThat(posts).allSatisfy(op -> {
            if (!ACTIONS.containsKey(op.path())) {
                assertThat(op.responses()).as(op + " creates: 201").containsKey("201").doesNotContainKey("200");
                assertThat((Map<String, Object>) op.responses().get("201").get("headers")).as(op + " Location")
                    .containsKey("Location");
            }
        });
        assertThat(ACTIONS.keySet()).as("every listed action exists")
            .allMatch(path -> posts.stream().anyMatch(op -> op.path().equals(path)));
    }

    @Test
    void everyPostTakesAnIdempotencyKey() {
        assertThat(operations()).filteredOn(op -> op.method().equals("post"))
            .allSatisfy(op -> assertThat(op.hasParameter("header", "Idempotency-Key")).as(op.toString()).isTrue());
    }

    @Test
    void everyErrorIsAProblemDocument() {
        assertThat(operations()).allSatisfy(op -> {
            assertThat(op.responses()).as(op.toString()).containsKeys("401", "403", "404", "422");
            op.responses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat((Map<String, Object>) response.get("content")).as(op + " " + status)
                        .containsOnlyKeys("application/problem+json");
                }
            });
        });
    }

    @Test
    void everyGrowingListIsPaged() {
        for (Op op : operations()) {
            if (!op.method().equals("get") || BOUNDED_LISTS.containsKey(op.path())) {
                continue;
            }
            Map<String, Object> ok = op.responses().get("200");
            String json = String.valueOf(ok == null ? null : ok.get("content"));
            assertThat(json).as(op + " answers a bare list: page it or name it in BOUNDED_LISTS")
                .doesNotContain("type=array");
            if (op.hasParameter("query", "page") || json.contains("Page")) {
                assertThat(op.hasParameter("query", "page") && op.hasParameter("query", "size"))
                    .as(op + " page and size")
                    .isTrue();
            }
        }
        assertThat(operations()).filteredOn(op -> op.path().equals("/api/v1/applications") && op.method().equals("get"))
            .singleElement()
            .satisfies(op -> assertThat(op.hasParameter("query", "callId") && op.hasParameter("query", "status")
                    && op.hasParameter("query", "page"))
                .isTrue());
        Map<String, Object> page = docs.json("$.components.schemas.PageApplicationListItem.properties");
        assertThat(page).containsOnlyKeys("items", "page", "size", "totalItems");
        assertThat(operations()).filteredOn(op -> op.path().equals("/api/v1/applications") && op.method().equals("get"))
            .singleElement()
            .satisfies(op -> assertThat(op.hasParameter("query", "text") && op.hasParameter("query", "sort")).isTrue());
        assertThat((Map<String, Object>) docs.json("$.paths")).containsKeys("/api/v1/applications/export.csv",
                "/api/v1/applications/export.xlsx", "/api/v1/calls/{id}/statistics");
    }

}
