package org.caretrail.web.notification;

/** The answer to a notification command: what it was about. */
public record Recorded(String id) {
}
