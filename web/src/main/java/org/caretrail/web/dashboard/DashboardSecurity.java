package org.caretrail.web.dashboard;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.caretrail.web.security.AuditFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Sign-in for people: the browser's paths have their own filter chain, ahead of the API's, with a sign-in form,
 * a session, CSRF tokens on every form, sign-out, and sign-out after the idle timeout. The API keeps HTTP Basic and
 * bearer JWTs, stateless. Each page is refused to roles that may not read it, by URL as on the API.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardSecurity {

    /** The paths this chain owns; everything else belongs to the API's chain. */
    static final String[] BROWSER_PATHS = {"/", "/app/**", "/login", "/logout", "/refused", "/css/**", "/js/**",
        "/webjars/**", "/favicon.ico"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain browserSecurity(HttpSecurity http, List<AuditFilter> audits, DashboardProperties properties,
                                        Clock clock) throws Exception {
        // passwords are checked by the one AuthenticationProvider bean, which throttles and audits every sign-in
        http.securityMatcher(BROWSER_PATHS)
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/refused", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers(Page.READMISSIONS.path(), Page.READMISSIONS.path() + "/**")
                        .hasAnyRole(Page.READMISSIONS.readerNames())
                        .requestMatchers("/app/patients/*").hasAnyRole(Page.names(Page.PATIENT_READERS))
                        .requestMatchers("/app/episodes", "/app/episodes/*").hasAnyRole(Page.names(Page.EPISODE_READERS))
                        .requestMatchers(Page.WORKLIST.path(), Page.WORKLIST.path() + "/**")
                        .hasAnyRole(Page.WORKLIST.readerNames())
                        .requestMatchers(Page.COMPLIANCE.path(), Page.COMPLIANCE.path() + "/**")
                        .hasAnyRole(Page.COMPLIANCE.readerNames())
                        .requestMatchers(Page.ACCESS_LOG.path(), Page.ACCESS_LOG.path() + ".csv")
                        .hasAnyRole(Page.ACCESS_LOG.readerNames())
                        .requestMatchers(Page.OPERATIONS.path(), Page.OPERATIONS.path() + "/**")
                        .hasAnyRole(Page.OPERATIONS.readerNames())
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(
                                request.getContextPath() + (request.getParameter("idle") != null
                                        ? "/login?idle" : "/login?signedout"))))
                .exceptionHandling(handling -> handling.accessDeniedPage("/refused"))
                .headers(headers -> headers.cacheControl(cache -> { }))
                .addFilterAfter(new IdleSignOut(properties.idleTimeout(), clock), SecurityContextHolderFilter.class);
        // the access log and the other audits, as on the API, so refused page reads are logged too
        AuditFilter.addAll(http, audits);
        return http.build();
    }
}
