package org.caretrail.web.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked: too many failures for the user or the
 * address. Answered 429 with {@code Retry-After}, or 401 when the user is locked until an
 * administrator unlocks it ({@code retryAfter} null).
 */
public class SignInThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    public SignInThrottledException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next attempt; null when only an administrator can unlock. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
