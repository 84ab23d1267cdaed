package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The API is documented by OpenAPI: a script writer finds every versioned endpoint there. */
@SifIntegrationTest
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiDocumentDescribesTheCalculationEndpoints() {
        Api.Response docs = new Api(mvc).get("officer", "/v3/api-docs");
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        Map<String, Object> paths = docs.json("$.paths");
        assertThat(paths).containsKeys(
                "/api/v1/applications/{id}/calculation",
                "/api/v1/economics/calculations/validate",
                "/api/v1/economics/calculations/compute",
                "/api/v1/economics/calculations/export.xlsx",
                "/api/v1/applications/{id}/calculation/versions/{version}/export.xlsx",
                "/api/v1/applications/{id}/calculation/realised",
                "/api/v1/economics/unit-costs",
                "/api/v1/funds/{id}/portfolio",
                "/api/v1/jobs/{id}");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/v1/"), "every documented path is versioned");
    }
}
