package org.caretrail.web.signin;

/** What became of a sign-in attempt or account action in the security log. */
public enum SignInOutcome {
    SUCCEEDED,
    FAILED,
    THROTTLED,
    LOCKED,
    UNLOCKED
}
