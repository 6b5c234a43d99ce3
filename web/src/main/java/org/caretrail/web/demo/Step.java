package org.caretrail.web.demo;

import java.time.Instant;

/**
 * One thing the demo population sends: a domain command (sent through the command API) or an HL7 ADT message
 * (sent over MLLP). {@code at} is when it happened clinically, {@code sentAt} when it reaches CareTrail (later for a late
 * arrival); steps are sent in their list's order.
 */
record Step(Instant at, Instant sentAt, String episodeId, Object command, String hl7) {

    static Step command(Instant at, String episodeId, Object command) {
        return new Step(at, at, episodeId, command, null);
    }

    static Step hl7(Instant at, String episodeId, String message) {
        return new Step(at, at, episodeId, null, message);
    }

    /** The same step, recorded late: it happened at {@code at} but reaches CareTrail at {@code sentAt}. */
    Step arrivingAt(Instant sentAt) {
        return new Step(at, sentAt, episodeId, command, hl7);
    }

    boolean isHl7() {
        return hl7 != null;
    }
}
