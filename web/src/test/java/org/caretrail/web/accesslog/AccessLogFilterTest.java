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

class AccessLogFilterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    AccessLogStore store = mock(AccessLogStore.class);
    EpisodePatients episodePatients = mock(EpisodePatients.class);
    AccessLogFilter filter = new AccessLogFilter(store, episodePatients, Clock.fixed(NOW, ZoneOffset.UTC),
            new ObjectMapper());
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
    void aSuccessfulReadIsLoggedWithThePatientInItsAnswerAndThenSent() throws Exception {
        filter.doFilter(get("/api/v1/episodes/E-1"), response, answering(200, "{\"patientId\":\"P-1\"}"));

        assertThat(logged()).isEqualTo(new AccessEntry(NOW, "kim", "CASE_MANAGER", "GET", "/api/v1/episodes/E-1",
                "E-1", List.of("P-1"), 200));
        assertThat(response.getContentAsString()).isEqualTo("{\"patientId\":\"P-1\"}");
    }

    @Test
    void aRefusedReadByEpisodeIsLoggedUnderThatEpisodesPatient() throws Exception {
        when(episodePatients.patientOf("E-1")).thenReturn(Optional.of("P-1"));

        filter.doFilter(get("/api/v1/episodes/E-1/audit"), response, answering(403, ""));

        assertThat(logged().patientIds()).containsExactly("P-1");
        assertThat(logged().status()).isEqualTo(403);
    }

    @Test
    void aReadThatCannotBeLoggedIsAnswered503WithoutTheData() throws Exception {
        doThrow(new MongoTimeoutException("down")).when(store).append(any());

        filter.doFilter(get("/api/v1/episodes/E-1"), response, answering(200, "{\"patientId\":\"P-1\"}"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).doesNotContain("P-1");
    }

    @Test
    void aCommandIsNotAPatientRead() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/v1/episodes/E-1/transfers");

        filter.doFilter(post, response, answering(200, "{}"));

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

    private static FilterChain answering(int status, String json) {
        return (request, response) -> {
            var http = (jakarta.servlet.http.HttpServletResponse) response;
            http.setStatus(status);
            if (!json.isEmpty()) {
                http.setContentType("application/json");
                http.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
