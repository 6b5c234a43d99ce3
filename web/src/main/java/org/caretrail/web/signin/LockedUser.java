package org.caretrail.web.signin;

/** A user name locked after too many consecutive failed sign-ins. */
public record LockedUser(String user, int failures) {
}
