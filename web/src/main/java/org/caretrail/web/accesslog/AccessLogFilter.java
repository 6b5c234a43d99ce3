package org.caretrail.web.accesslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.caretrail.web.security.AuditFilter;
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
 * Appends every request to a {@link PatientRead} handler to the access log, refusals included,
 * before the answer leaves: the response is held back until its entry is stored, and a read that
 * cannot be logged is answered 503 instead of with the data. A request to a CareTrail handler
 * that declares neither {@link PatientRead} nor {@link NoPatientData} is refused: the log fails
 * closed.
 *
 * <p>It runs inside the security filter chain (after authentication, before the refusal of a
 * role), so it knows who asked and sees 401 and 403 as well as the controller's 200 or 404.
 */
public class AccessLogFilter extends OncePerRequestFilter implements AuditFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLogFilter.class);
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AccessLogStore store;
    private final RequestClassifier classifier;
    private final EpisodePatients episodePatients;
    private final Clock clock;
    private final ObjectMapper json;
    /** Reads results as Jackson writes them; view helpers in a page model have no properties and read as empty. */
    private final ResultPatients.Reader results;

    AccessLogFilter(AccessLogStore store, RequestClassifier classifier, EpisodePatients episodePatients, Clock clock,
                    ObjectMapper json) {
        this.store = store;
        this.classifier = classifier;
        this.episodePatients = episodePatients;
        this.clock = clock;
        this.json = json;
        this.results = new ResultPatients.Reader(json.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClassifiedRequest read = classifier.classify(request);
        switch (read.declaration()) {
            case NO_PATIENT_DATA -> chain.doFilter(request, response);
            case UNDECLARED -> refuseUndeclared(request, response, read);
            case PATIENT_READ -> logged(request, response, chain, read);
        }
    }

    private void logged(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                        ClassifiedRequest read) throws IOException, ServletException {
        Instant at = clock.instant();
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } catch (IOException | ServletException | RuntimeException failure) {
            record(request, read, at, HttpStatus.INTERNAL_SERVER_ERROR.value());
            throw failure;
        }
        if (!record(request, read, at, held.getStatus())) {
            held.reset();
            writeProblem(held, HttpStatus.SERVICE_UNAVAILABLE,
                    "The access log cannot be written right now, so no patient data is shown. Retry shortly.");
            held.setHeader("Retry-After", "5");
        }
        held.copyBodyToResponse();
    }

    private void refuseUndeclared(HttpServletRequest request, HttpServletResponse response, ClassifiedRequest read)
            throws IOException {
        log.error("Refused {} {}: its handler {} declares neither @PatientRead nor @NoPatientData",
                request.getMethod(), request.getRequestURI(), read.handler());
        writeProblem(response, HttpStatus.INTERNAL_SERVER_ERROR, "This endpoint does not declare whether it "
                + "answers with patient data, so it is refused until it does.");
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.problem(status, detail));
    }

    private boolean record(HttpServletRequest request, ClassifiedRequest read, Instant at, int status) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean known = caller != null && caller.isAuthenticated() && !TRUST.isAnonymous(caller);
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            store.append(new AccessEntry(at, known ? caller.getName() : null, known ? Role.describe(caller) : null,
                    request.getRemoteAddr(), request.getMethod(), path, read.episodeId(),
                    patients(request, read, status), status));
            return true;
        } catch (RuntimeException e) {
            log.error("Could not write the access log entry for {} {} (status {})", request.getMethod(), path, status, e);
            return false;
        }
    }

    /** The patients the request named, those in the handler's result, and for an episode named alone its patient. */
    private List<String> patients(HttpServletRequest request, ClassifiedRequest read, int status) {
        Set<String> patients = new LinkedHashSet<>();
        Optional.ofNullable(read.patientId()).ifPresent(patients::add);
        Set<String> episodes = new LinkedHashSet<>();
        Optional<Object> result = status < 400 ? ReadResults.of(request) : Optional.empty();
        result.map(results::in).ifPresent(found -> {
            patients.addAll(found.patients());
            episodes.addAll(found.episodes());
        });
        if (read.episodeId() != null && patients.isEmpty()) {
            episodes.add(read.episodeId());
        }
        episodes.forEach(episode -> episodePatients.patientOf(episode).ifPresent(patients::add));
        return List.copyOf(patients);
    }
}
