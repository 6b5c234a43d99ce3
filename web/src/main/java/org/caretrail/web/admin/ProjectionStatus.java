package org.caretrail.web.admin;

/**
 * How far one projection has got: the slowest segment's global position, the head of the event store, the
 * difference, and while it rebuilds the share of the events up to its reset it has processed again.
 *
 * @param position null while no segment has a token yet
 * @param progress from 0 to 1 while replaying; null otherwise
 */
public record ProjectionStatus(String name, Long position, long headPosition, Long lag, boolean replaying,
                               Double progress) {
}
