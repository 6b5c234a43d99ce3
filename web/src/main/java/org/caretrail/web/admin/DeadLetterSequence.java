package org.caretrail.web.admin;

import java.util.List;

/** The parked events of one sequence (an episode), oldest first: the order a retry handles them in. */
public record DeadLetterSequence(String sequenceId, List<ParkedEvent> letters) {
}
