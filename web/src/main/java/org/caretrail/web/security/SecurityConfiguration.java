package org.caretrail.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.caretrail.web.problem.UnmappedPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Authentication and roles for every request. Bearer JWTs when a {@link JwtDecoder} is configured
 * (an issuer in {@code caretrail.security.jwt.issuer-uri} or Spring's own resource-server
 * properties); otherwise HTTP Basic against {@code caretrail.security.users}. Stateless, so no
 * session and no CSRF token: nothing authenticates a request but its own credentials.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String REALM = "CareTrail";

    /**
     * No Micrometer observation around each security filter, authentication and authorization: they were about a
     * tenth of a read's CPU (decision 0029) and nothing watches them; requests are still timed as a whole
     * ({@code http.server.requests}), and sign-ins and refusals are in the security log.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthProperties properties, ObjectProvider<JwtDecoder> jwtDecoder,
                                    ObjectProvider<CareTrailUsers> users,
                                    List<AuditFilter> audits, ObjectMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> AccessRules.apply(rules,
                        new UnmappedPath(http.getSharedObject(ApplicationContext.class))));
        AuditFilter.addAll(http, audits);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        ProblemAuthenticationEntryPoint entryPoint;
        if (decoder != null) {
            log.info("Authentication: bearer JWTs, roles from claim '{}'", properties.jwt().rolesClaim());
            entryPoint = new ProblemAuthenticationEntryPoint(new BearerTokenAuthenticationEntryPoint(), problems);
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtAuthentication(properties.jwt())))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)));
        } else {
            log.info("Authentication: HTTP Basic, users from caretrail.security.users");
            entryPoint = new ProblemAuthenticationEntryPoint(
                    ProblemAuthenticationEntryPoint.basicChallenge(REALM), problems);
            users.getObject(); // at startup, so a generated users file is made and named in the log before use
            // the users are checked by the one AuthenticationProvider bean, which throttles and audits every sign-in
            http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint));
        }
        http.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)));
        return http.build();
    }

    /** Before every security chain, so refusals carry the policy too. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The Basic users, made (and, when none are configured, generated) on the first sign-in that needs them. */
    @Bean
    @Lazy
    CareTrailUsers careTrailUsers(AuthProperties properties) {
        return EmbeddedUsers.from(properties.users(), properties.generatedUsersFile());
    }

    /** Contacts the issuer on first use rather than at startup, so a slow identity provider does not stop the application. */
    @Bean
    @ConditionalOnExpression("!'${caretrail.security.jwt.issuer-uri:}'.isBlank()")
    JwtDecoder issuerJwtDecoder(AuthProperties properties) {
        String issuer = properties.jwt().issuerUri();
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
    }

    private static JwtAuthenticationConverter jwtAuthentication(JwtProperties jwt) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(jwt.rolesClaim()));
        converter.setPrincipalClaimName(jwt.principalClaim());
        return converter;
    }
}
