package se.sif.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The OpenAPI document, with the parts of the API convention every operation shares
 * documented once here (checked by {@code OpenApiTest}): a {@link Created} operation
 * answers 201 with {@code Location}; every POST takes an {@code Idempotency-Key}; every
 * error is {@code application/problem+json}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_JSON = "application/problem+json";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> ERRORS = Map.of("400",
            "The request cannot be read (malformed JSON, wrong type, missing required input)", "401", "Not signed in",
            "403", "The caller's role may not do this", "404",
            "No such thing, or the caller may not see it (other organisations' applications, drafts, hidden "
                    + "scores, conflicts of interest)",
            "409", "A stale version, the same request at the same time, or an Idempotency-Key still in flight", "422",
            "A rule of the fund refused the request (errors[].field names the request's own fields); also a "
                    + "missing version, and an Idempotency-Key reused for another request");

    @Bean
    OpenAPI sifOpenApi() {
        return new OpenAPI()
            .info(new Info().title("SIF API")
                .version("v1")
                .description("The social investment fund: money, calls, applications, screening, assessment, "
                        + "decisions and follow-up. Amounts are integers of öre (1 SEK = 100 öre). Errors are "
                        + "application/problem+json (RFC 9457) in the language of Accept-Language (Swedish "
                        + "by default, English with 'en'). A create answers 201 with Location and the created "
                        + "resource; a POST with an Idempotency-Key is done once per key (24 hours). Growing "
                        + "lists are paged (page from 0, size up to 200) in an envelope {items, page, size, "
                        + "totalItems}. Scripts authenticate with HTTP Basic; the browser session works too "
                        + "(with its CSRF token)."))
            .components(new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSchemas("Problem", problemSchema()))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OperationCustomizer apiConvention() {
        return (operation, handler) -> {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                    RequestMapping.class);
            boolean post = mapping != null && java.util.Arrays.asList(mapping.method()).contains(RequestMethod.POST);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            Created created = handler.getMethodAnnotation(Created.class);
            if (created != null) {
                ApiResponse success = responses.containsKey("201") ? responses.get("201")
                        : responses.containsKey("200") ? responses.get("200") : responses.get("202");
                if (success == null) {
                    success = new ApiResponse();
                }
                responses.remove("200");
                responses.remove("202");
                success.setDescription("Created: the body is the created resource, Location is where it is read");
                success.addHeaderObject("Location",
                        new Header().description("Where the created resource is read (" + created.value() + ")")
                            .schema(new StringSchema().format("uri-reference")));
                responses.addApiResponse("201", success);
            }
            if (post && (operation.getParameters() == null || operation.getParameters()
                .stream()
                .noneMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName())))) {
                Parameter key = new HeaderParameter().name(IdempotencyFilter.HEADER)
                    .required(false)
                    .description("A client-chosen key (at most 255 characters): a retry with the same key and the "
                            + "same request replays the first answer (header Idempotency-Replayed: true) instead of "
                            + "doing it again; the same key for another request is 422; while the first still runs, "
                            + "409. Keys are kept per user for 24 hours.")
                    .schema(new StringSchema().maxLength(255));
                if (operation.getParameters() == null) {
                    operation.setParameters(new ArrayList<>());
                }
                operation.getParameters().add(key);
            }
            ERRORS.forEach((status, description) -> {
                ApiResponse error = responses.containsKey(status) ? responses.get(status) : new ApiResponse();
                if (error.getDescription() == null || error.getDescription().isBlank() || error.getContent() == null
                        || !error.getContent().containsKey(PROBLEM_JSON)) {
                    error.setDescription(description);
                }
                error.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
                responses.addApiResponse(status, error);
            });
            // framework-detected error responses (e.g. 500 from the catch-all handler)
            // are problem+json too
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    response.setContent(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
                }
            });
            operation.setResponses(responses);
            return operation;
        };
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
            .addProperty("type", new StringSchema().format("uri"))
            .addProperty("title", new StringSchema())
            .addProperty("status", new IntegerSchema())
            .addProperty("detail", new StringSchema().description("In the language of Accept-Language"))
            .addProperty("instance", new StringSchema())
            .addProperty("errors",
                    new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema().description("The request's own JSON field name"))
                        .addProperty("message", new StringSchema())));
    }

}
