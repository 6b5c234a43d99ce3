package org.caretrail.web.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caretrail.infra.accesslog.AccessEntry;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The filter against a handler mapping of its own, with one handler of each declaration. */
class AccessLogFilterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    AccessLogStore store = mock(AccessLogStore.class);
    EpisodePatients episodePatients = mock(EpisodePatients.class);
    AccessLogFilter filter = new AccessLogFilter(store, new RequestClassifier(mapping()), episodePatients,
            Clock.fixed(NOW, ZoneOffset.UTC), new ObjectMapper());
    MockHttpServletResponse response = new MockHttpServletResponse();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "kim", null, List.of(new SimpleGrantedAuthority("ROLE_CASE_MANAGER"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReadIsLoggedWithThePatientsOfTheResultItReturnedNotOfTheBytesSent() throws Exception {
        MockHttpServletRequest request = get("/api/v1/things/E-1");
        request.setRemoteAddr("10.1.2.3");

        filter.doFilter(request, response, answering(200, "name: P-1 as YAML",
                Map.of("episodeId", "E-1", "patientId", "P-1")));

        assertThat(logged()).isEqualTo(new AccessEntry(NOW, "kim", "CASE_MANAGER", "10.1.2.3", "GET",
                "/api/v1/things/E-1", "E-1", List.of("P-1"), 200));
        assertThat(response.getContentAsString()).isEqualTo("name: P-1 as YAML");
    }

    @Test
    void aPercentEncodedPathIsTheReadItDecodesTo() throws Exception {
        MockHttpServletRequest request = get("/api/v1/th%69ngs/E-%31");

        filter.doFilter(request, response, answering(200, "{}", Map.of("patientId", "P-1")));

        assertThat(logged().episodeId()).isEqualTo("E-1");
        assertThat(logged().path()).isEqualTo("/api/v1/th%69ngs/E-%31");
    }

    @Test
    void aRefusedReadByEpisodeIsLoggedUnderThatEpisodesPatient() throws Exception {
        when(episodePatients.patientOf("E-1")).thenReturn(Optional.of("P-1"));

        filter.doFilter(get("/api/v1/things/E-1"), response, answering(403, "", null));

        assertThat(logged().patientIds()).containsExactly("P-1");
        assertThat(logged().status()).isEqualTo(403);
    }

    @Test
    void aReadThatCannotBeLoggedIsAnswered503WithoutTheData() throws Exception {
        doThrow(new MongoTimeoutException("down")).when(store).append(any());

        filter.doFilter(get("/api/v1/things/E-1"), response, answering(200, "{\"patientId\":\"P-1\"}",
                Map.of("patientId", "P-1")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).doesNotContain("P-1");
    }

    @Test
    void aHandlerDeclaringNoPatientDataIsNotLogged() throws Exception {
        filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/things/E-1"), response, answering(200, "{}", null));

        verify(store, never()).append(any());
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aHandlerThatDeclaresNothingIsRefusedWithoutReachingIt() throws Exception {
        FilterChain mustNotRun = (request, response) -> {
            throw new AssertionError("the undeclared handler was reached");
        };

        filter.doFilter(get("/api/v1/undeclared"), response, mustNotRun);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("does not declare");
        verify(store, never()).append(any());
    }

    private AccessEntry logged() {
        ArgumentCaptor<AccessEntry> entry = ArgumentCaptor.forClass(AccessEntry.class);
        verify(store).append(entry.capture());
        return entry.getValue();
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    /** A chain whose handler returned {@code result} (null: nothing) and sent {@code body}. */
    private static FilterChain answering(int status, String body, Object result) {
        return (request, response) -> {
            if (result != null) {
                request.setAttribute(ReadResults.class.getName() + ".result", result);
            }
            var http = (jakarta.servlet.http.HttpServletResponse) response;
            http.setStatus(status);
            http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static RequestMappingHandlerMapping mapping() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.registerSingleton("things", Things.class);
        context.registerSingleton("undeclared", Undeclared.class);
        RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    @RestController
    static class Things {

        @GetMapping("/api/v1/things/{id}")
        @PatientRead(episode = "id")
        public Object read(@PathVariable String id) {
            return null;
        }

        @PostMapping("/api/v1/things/{id}")
        @NoPatientData
        public Object write(@PathVariable String id) {
            return null;
        }
    }

    @RestController
    static class Undeclared {

        @GetMapping("/api/v1/undeclared")
        public Object read() {
            return null;
        }
    }
}
