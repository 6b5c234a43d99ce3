package org.caretrail.web.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code caretrail.security.sign-in.*}), per user name and per
 * client address alike.
 *
 * @param freeFailures    consecutive failures allowed before delays start
 * @param baseDelay       the delay after the first failure past the free ones; it doubles with each further one
 * @param maxDelay        the longest delay
 * @param lockAfter       consecutive failures of one user name that lock it until an administrator unlocks it
 *                        (NIST SP 800-63B: at most 100)
 * @param forgetAfter     how long after its last failure an address's count is forgotten
 * @param successInterval how often a repeated successful sign-in of one user from one address is logged: every
 *                        HTTP Basic request signs in, so logging each would drown the failures
 */
@ConfigurationProperties("caretrail.security.sign-in")
public record SignInProperties(@DefaultValue("5") int freeFailures, @DefaultValue("1s") Duration baseDelay,
                               @DefaultValue("15m") Duration maxDelay, @DefaultValue("100") int lockAfter,
                               @DefaultValue("1h") Duration forgetAfter, @DefaultValue("15m") Duration successInterval) {

    public SignInProperties {
        if (lockAfter < 1 || lockAfter > 100) {
            throw new IllegalArgumentException("caretrail.security.sign-in.lock-after must be from 1 to 100");
        }
    }
}
