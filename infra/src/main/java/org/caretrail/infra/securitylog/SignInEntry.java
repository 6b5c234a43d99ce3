package org.caretrail.infra.securitylog;

import java.time.Instant;

/**
 * One sign-in attempt or account action, as the security log keeps it.
 *
 * @param user    the name the caller gave (it need not exist)
 * @param address the client's network address
 * @param outcome {@code SUCCEEDED}, {@code FAILED}, {@code THROTTLED}, {@code LOCKED} or {@code UNLOCKED}
 * @param reason  why, in words: {@code wrong password}, {@code unknown user}, {@code unlocked by admin-1}
 */
public record SignInEntry(Instant at, String user, String address, String outcome, String reason) {
}
