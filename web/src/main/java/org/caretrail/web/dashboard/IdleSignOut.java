package org.caretrail.web.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a person out once the dashboard has gone unused for the idle timeout. The servlet container's own session
 * timeout cannot tell use from a page refreshing itself, so the last use is kept in the session: a request marked
 * {@value #BACKGROUND} (the worklist's refresh) is answered but does not count as use.
 */
final class IdleSignOut extends OncePerRequestFilter {

    /** The header a page's script sends on requests the person did not make. */
    static final String BACKGROUND = "CareTrail-Background";
    static final String LAST_USE = IdleSignOut.class.getName() + ".lastUse";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final Duration idleTimeout;
    private final Clock clock;

    IdleSignOut(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    private static boolean signedIn() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.isAuthenticated() && !TRUST.isAnonymous(caller);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Instant now = clock.instant();
        if (session != null && session.getAttribute(LAST_USE) instanceof Instant lastUse
                && now.isAfter(lastUse.plus(idleTimeout))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getHeader(BACKGROUND) != null) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?idle");
            }
            return;
        }
        chain.doFilter(request, response);
        HttpSession after = request.getSession(false);
        // only a signed-in person's use counts: the sign-in form's own session may wait as long as it likes
        if (after != null && request.getHeader(BACKGROUND) == null && signedIn()) {
            after.setAttribute(LAST_USE, now);
            // the container's timeout is the backstop for a session nobody comes back to
            after.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, idleTimeout.toSeconds() + 60));
        }
    }
}
