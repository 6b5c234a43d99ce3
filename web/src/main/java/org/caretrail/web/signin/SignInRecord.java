package org.caretrail.web.signin;

import java.time.Instant;
import org.caretrail.infra.securitylog.SignInEntry;

/**
 * One entry of the security log as the API shows it.
 *
 * @param outcome SUCCEEDED, FAILED, THROTTLED, LOCKED or UNLOCKED
 */
public record SignInRecord(Instant at, String user, String address, String outcome, String reason) {

    static SignInRecord of(SignInEntry entry) {
        return new SignInRecord(entry.at(), entry.user(), entry.address(), entry.outcome(), entry.reason());
    }
}
