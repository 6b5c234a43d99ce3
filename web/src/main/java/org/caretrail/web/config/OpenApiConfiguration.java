package org.caretrail.web.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs}; it follows the docs/API.md overview (v1). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI careTrailOpenApi() {
        return new OpenAPI()
                // Swagger UI's Authorize button: HTTP Basic users, or a bearer JWT when an issuer is configured
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user of caretrail.security.users, or a generated one"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT").description("A JWT of the configured issuer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .info(new Info()
                .title("CareTrail API")
                .version("v1")
                .description("Care transitions recorded as events: episodes, referrals, notices, discharges and "
                        + "follow-ups; audit trails, readmission timelines and rates, compliance clocks. "
                        + "Errors are application/problem+json. Send the CareTrail-Position header of a command's "
                        + "response with a query to read your own write; any POST takes an Idempotency-Key."));
    }
}
