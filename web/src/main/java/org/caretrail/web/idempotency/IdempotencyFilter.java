package org.caretrail.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caretrail.infra.idempotency.IdempotencyStore;
import org.caretrail.infra.idempotency.IdempotencyStore.Claim;
import org.caretrail.infra.idempotency.IdempotencyStore.StoredResponse;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.FieldProblem;
import org.caretrail.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives every {@code POST} with an {@code Idempotency-Key} header exactly-once effect: the first
 * request runs, and a repeat with the same key and the same body gets the first answer again
 * (with {@code Idempotent-Replayed: true}) and records nothing. Keys belong to the signed-in caller.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_BODY_BYTES = 2_000_000;
    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE, PositionHeader.NAME);

    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            reject(response, Problems.invalid(List.of(new FieldProblem(HEADER,
                    "must be between 1 and " + MAX_KEY_LENGTH + " characters"))));
            return;
        }
        byte[] body = readBounded(request.getInputStream());
        if (body == null) {
            reject(response, Problems.invalid(List.of(new FieldProblem("body",
                    "is larger than " + MAX_BODY_BYTES + " bytes"))));
            return;
        }
        String storedKey = ownedBy(request.getRemoteUser(), key);
        Claim claim = store.claim(storedKey, fingerprint(request, body));
        switch (claim.outcome()) {
            case REPLAY -> replay(response, claim.response());
            case KEY_REUSED_FOR_ANOTHER_REQUEST -> reject(response, Problems.problem(HttpStatus.CONFLICT,
                    "The Idempotency-Key '" + key + "' was already used for a different request."));
            case IN_PROGRESS -> reject(response, Problems.problem(HttpStatus.CONFLICT,
                    "A request with the Idempotency-Key '" + key + "' is still being processed; retry shortly."));
            case GRANTED -> runOnce(new CachedBodyRequest(request, body), response, chain, storedKey);
        }
    }

    private void runOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() >= 200 && recorded.getStatus() < 300) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : KEPT_HEADERS) {
                    String value = recorded.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                }
                store.complete(key, new StoredResponse(recorded.getStatus(), headers,
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(key);
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * Each caller has their own keys: one caller's key never replays another's answer, nor blocks
     * their request. The length prefix keeps ("a:b", "c") apart from ("a", "b:c").
     */
    static String ownedBy(String caller, String key) {
        return caller == null ? key : caller.length() + ":" + caller + ":" + key;
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader("Idempotent-Replayed", "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void reject(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
