package org.caretrail.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caretrail.infra.securitylog.SecurityLogStore;
import org.caretrail.infra.securitylog.SignInEntry;
import org.caretrail.web.security.CareTrailUsers;
import org.caretrail.web.security.SignInThrottledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;

/**
 * Writes sign-ins to the security log from Spring Security's authentication events, whichever
 * filter chain signed in (HTTP Basic, a form), and feeds the throttle. A repeated success of one
 * user from one address is logged once per {@code success-interval}; every failure is logged.
 */
final class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

    private final SecurityLogStore store;
    private final SignInThrottle throttle;
    private final ObjectProvider<CareTrailUsers> users;
    private final Clock clock;
    private final Duration successInterval;
    private final Map<String, Instant> lastSuccessLogged = new ConcurrentHashMap<>();

    SignInAudit(SecurityLogStore store, SignInThrottle throttle, ObjectProvider<CareTrailUsers> users, Clock clock,
                Duration successInterval) {
        this.store = store;
        this.throttle = throttle;
        this.users = users;
        this.clock = clock;
        this.successInterval = successInterval;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String user = authentication.getName();
        String address = ThrottledAuthenticationProvider.addressOf(authentication);
        throttle.succeeded(user);
        Instant now = clock.instant();
        String key = user + "\n" + address;
        Instant last = lastSuccessLogged.get(key);
        if (last == null || !now.isBefore(last.plus(successInterval))) {
            lastSuccessLogged.put(key, now);
            if (lastSuccessLogged.size() > 100_000) {
                lastSuccessLogged.clear();
            }
            append(new SignInEntry(now, user, address, "SUCCEEDED", null));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String user = attempt.getName();
        String address = ThrottledAuthenticationProvider.addressOf(attempt);
        lastSuccessLogged.remove(user + "\n" + address);
        boolean lockedNow = throttle.failed(user, address);
        String reason = attempt instanceof UsernamePasswordAuthenticationToken && !users.getObject().knows(user)
                ? "unknown user" : failure(event);
        append(new SignInEntry(clock.instant(), user, address, "FAILED", reason));
        if (lockedNow) {
            append(new SignInEntry(clock.instant(), user, address, "LOCKED", "too many consecutive failures"));
        }
    }

    void refused(String user, String address, SignInThrottledException refusal) {
        append(new SignInEntry(clock.instant(), user, address, "THROTTLED",
                refusal.retryAfter() == null ? "locked" : "retry after " + refusal.retryAfter().toSeconds() + " s"));
    }

    void unlocked(String user, String byAdmin, String address) {
        append(new SignInEntry(clock.instant(), user, address, "UNLOCKED", "unlocked by " + byAdmin));
    }

    private void append(SignInEntry entry) {
        try {
            store.append(entry);
        } catch (RuntimeException e) {
            // the sign-in itself goes on: refusing every request while the database is down helps nobody
            log.error("Could not write the security log entry {}", entry, e);
        }
    }

    private static String failure(AbstractAuthenticationFailureEvent event) {
        return event.getException() instanceof BadCredentialsException ? "wrong password"
                : event.getException().getMessage();
    }
}
