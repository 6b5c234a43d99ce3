package org.caretrail.web.admin;

import java.util.List;

/** A projection's dead-letter queue: how many events are parked, grouped by the sequence (episode) they hold up. */
public record DeadLetterListing(String projection, long size, List<DeadLetterSequence> sequences) {
}
