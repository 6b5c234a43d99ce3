package org.caretrail.web.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs}; it follows the docs/API.md contract (v1). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI careTrailOpenApi() {
        return new OpenAPI().info(new Info()
                .title("CareTrail API")
                .version("v1")
                .description("Care transitions recorded as events: episodes, referrals, notices, discharges and "
                        + "follow-ups; audit trails, readmission timelines and rates, compliance clocks. "
                        + "Errors are application/problem+json. Send the CareTrail-Position header of a command's "
                        + "response with a query to read your own write; any POST takes an Idempotency-Key."));
    }
}
