package org.caretrail.web.admin;

/**
 * What a retry of a projection's dead letters did.
 *
 * @param retried   sequences whose every event was handled and left the queue
 * @param failed    sequences that failed again and stay parked
 * @param remaining events still parked afterwards
 */
public record RetryOutcome(String projection, int retried, int failed, long remaining) {
}
