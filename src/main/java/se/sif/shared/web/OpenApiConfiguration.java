package se.sif.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI sifOpenApi() {
        return new OpenAPI()
                .info(new Info().title("SIF API").version("v1")
                        .description("The social investment fund: money, calls, applications, screening, assessment, "
                                + "decisions and follow-up. Amounts are integers of öre (1 SEK = 100 öre). Errors are "
                                + "application/problem+json (RFC 9457). Scripts authenticate with HTTP Basic; the browser "
                                + "session works too (with its CSRF token)."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
