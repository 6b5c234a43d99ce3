package org.caretrail.web.security;

import static org.caretrail.web.security.Role.ADMIN;
import static org.caretrail.web.security.Role.CASE_MANAGER;
import static org.caretrail.web.security.Role.COMPLIANCE;
import static org.caretrail.web.security.Role.INTEGRATION;
import static org.caretrail.web.security.Role.QUALITY;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which roles may call what, by URL pattern, so that endpoints added later under a known path
 * are covered before their controller exists. Any other {@code /api/**} request is refused.
 */
final class AccessRules {

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
                      RequestMatcher unmapped) {
        rules
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // a path nothing answers is a 404 for everyone, signed in or not
                .requestMatchers(unmapped).permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(ADMIN.name())

                .requestMatchers(HttpMethod.POST, "/api/v1/hl7").hasRole(INTEGRATION.name())
                .requestMatchers("/api/v1/admin/**").hasRole(ADMIN.name())

                .requestMatchers(HttpMethod.GET, "/api/v1/access-log", "/api/v1/security-log").hasRole(COMPLIANCE.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/audit/verify").hasRole(COMPLIANCE.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/**",
                        "/api/v1/episodes/*/audit").hasRole(COMPLIANCE.name())

                // case managers work the worklist and open an episode's clocks from it
                .requestMatchers(HttpMethod.GET, "/api/v1/compliance/worklist", "/api/v1/episodes/*/compliance")
                .hasAnyRole(names(COMPLIANCE, CASE_MANAGER))
                // counts per clock and month, no patient named: a report for quality teams too
                .requestMatchers(HttpMethod.GET, "/api/v1/compliance/report").hasAnyRole(names(COMPLIANCE, QUALITY))
                .requestMatchers(HttpMethod.GET, "/api/v1/compliance/**").hasRole(COMPLIANCE.name())

                // event notifications: administrators register recipients; case managers and feeds keep care teams;
                // the delivery log and its report are evidence for compliance
                .requestMatchers("/api/v1/notification-recipients").hasRole(ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/patients/*/care-team", "/api/v1/patients/*/notification-preference")
                .hasAnyRole(names(CASE_MANAGER, INTEGRATION))
                .requestMatchers(HttpMethod.GET, "/api/v1/patients/*/care-team").hasAnyRole(names(CASE_MANAGER, QUALITY))
                .requestMatchers(HttpMethod.GET, "/api/v1/notifications", "/api/v1/notifications/report")
                .hasRole(COMPLIANCE.name())

                .requestMatchers(HttpMethod.GET, "/api/v1/patients/**", "/api/v1/readmissions/**",
                        "/api/v1/post-acute/**")
                .hasRole(QUALITY.name())

                // compliance officers open an episode from a report cell's clocks, beside its audit trail
                .requestMatchers(HttpMethod.GET, "/api/v1/episodes", "/api/v1/episodes/*")
                .hasAnyRole(names(CASE_MANAGER, QUALITY, COMPLIANCE))
                .requestMatchers(HttpMethod.GET, "/api/v1/episodes/*/risk").hasAnyRole(names(CASE_MANAGER, QUALITY))
                .requestMatchers(HttpMethod.POST, "/api/v1/episodes", "/api/v1/episodes/**")
                .hasAnyRole(names(CASE_MANAGER, INTEGRATION))

                .requestMatchers("/api/**").denyAll()
                // the OpenAPI description and Swagger UI: any signed-in user, nobody anonymous
                .anyRequest().authenticated();
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
