package org.caretrail.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers a request without valid credentials: 401, the scheme's challenge, and a problem+json body. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint challenge;
    private final ProblemResponses problems;

    /** @param challenge sets the {@code WWW-Authenticate} header of the scheme in use */
    ProblemAuthenticationEntryPoint(AuthenticationEntryPoint challenge, ProblemResponses problems) {
        this.challenge = challenge;
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (failure instanceof SignInThrottledException throttled) {
            if (throttled.retryAfter() != null) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
                problems.write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
                return;
            }
            challenge.commence(request, response, failure);
            problems.write(response, HttpStatus.UNAUTHORIZED, throttled.getMessage());
            return;
        }
        challenge.commence(request, response, failure);
        problems.write(response, HttpStatus.UNAUTHORIZED,
                "Authentication is required: send valid credentials with the request.");
    }

    /** The Basic challenge without {@code sendError}, which would forward to the error page. */
    static AuthenticationEntryPoint basicChallenge(String realm) {
        return (request, response, failure) ->
                response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
    }
}
