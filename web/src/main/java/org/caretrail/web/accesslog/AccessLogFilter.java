package org.caretrail.web.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caretrail.infra.accesslog.AccessEntry;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.caretrail.web.problem.Problems;
import org.caretrail.web.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Appends every read of patient data to the access log, refusals included, before the answer
 * leaves: the response is held back until its entry is stored, and a read that cannot be logged
 * is answered 503 instead of with the data.
 *
 * <p>It runs inside the security filter chain (after authentication, before the refusal of a
 * role), so it knows who asked and sees 401 and 403 as well as the controller's 200 or 404.
 */
public class AccessLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLogFilter.class);
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AccessLogStore store;
    private final EpisodePatients episodePatients;
    private final Clock clock;
    private final ObjectMapper json;

    public AccessLogFilter(AccessLogStore store, EpisodePatients episodePatients, Clock clock, ObjectMapper json) {
        this.store = store;
        this.episodePatients = episodePatients;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return read(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PatientRead read = read(request).orElseThrow();
        Instant at = clock.instant();
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } catch (IOException | ServletException | RuntimeException failure) {
            record(request, read, at, HttpStatus.INTERNAL_SERVER_ERROR.value(), held);
            throw failure;
        }
        if (!record(request, read, at, held.getStatus(), held)) {
            held.reset();
            held.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            held.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            held.setHeader("Retry-After", "5");
            json.writeValue(held.getOutputStream(), Problems.problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "The access log cannot be written right now, so no patient data is shown. Retry shortly."));
        }
        held.copyBodyToResponse();
    }

    private boolean record(HttpServletRequest request, PatientRead read, Instant at, int status,
                           ContentCachingResponseWrapper held) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean known = caller != null && caller.isAuthenticated() && !TRUST.isAnonymous(caller);
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            store.append(new AccessEntry(at, known ? caller.getName() : null, known ? Role.describe(caller) : null,
                    request.getMethod(), path, read.episodeId(), patients(read, status, held), status));
            return true;
        } catch (RuntimeException e) {
            log.error("Could not write the access log entry for {} {} (status {})", request.getMethod(), path, status, e);
            return false;
        }
    }

    /** The patients the URL named, those whose data the answer holds, and for an episode its patient. */
    private List<String> patients(PatientRead read, int status, ContentCachingResponseWrapper held) {
        Set<String> patients = new LinkedHashSet<>();
        Optional.ofNullable(read.patientId()).ifPresent(patients::add);
        if (status >= 200 && status < 300 && isJson(held.getContentType())) {
            patientsIn(held.getContentAsByteArray(), patients);
        }
        if (read.episodeId() != null && patients.isEmpty()) {
            episodePatients.patientOf(read.episodeId()).ifPresent(patients::add);
        }
        return List.copyOf(patients);
    }

    private void patientsIn(byte[] body, Set<String> patients) {
        try {
            JsonNode tree = json.readTree(body);
            if (tree != null) {
                tree.findValues("patientId").stream().filter(JsonNode::isTextual).map(JsonNode::asText)
                        .forEach(patients::add);
            }
        } catch (IOException e) {
            log.warn("An answer declared as JSON could not be read for the access log: {}", e.getMessage());
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.contains("json");
    }

    private static Optional<PatientRead> read(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PatientRead.of(request.getMethod(), path, request.getParameter("patientId"));
    }
}
