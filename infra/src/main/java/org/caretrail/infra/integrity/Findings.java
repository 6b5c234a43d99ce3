package org.caretrail.infra.integrity;

import java.util.Optional;

/**
 * What a verification found, reduced to the first broken position (an event store position, or a log's sequence).
 * A problem tied to one position is preferred to a checkpoint mismatch over a range that contains it; a range that
 * ends before it comes first.
 */
final class Findings {

    /** The first broken position and what no longer matches there. */
    record Broken(long position, String reason) {
    }

    private Long position;
    private String reason;
    private Long rangeStart;
    private Long rangeEnd;
    private String rangeReason;

    void at(long brokenPosition, String why) {
        if (position == null || brokenPosition < position) {
            position = brokenPosition;
            reason = why;
        }
    }

    void over(long from, long to, String why) {
        if (rangeStart == null || from < rangeStart) {
            rangeStart = from;
            rangeEnd = to;
            rangeReason = why;
        }
    }

    /** The first broken position; empty when nothing was found. */
    Optional<Broken> firstBroken() {
        if (rangeStart != null && (position == null || rangeEnd < position)) {
            return Optional.of(new Broken(rangeStart, rangeReason));
        }
        if (position != null) {
            return Optional.of(new Broken(position, reason));
        }
        return Optional.empty();
    }

    Optional<VerificationReport> broken(long checkedEvents) {
        return firstBroken()
                .map(broken -> VerificationReport.broken(checkedEvents, broken.position(), broken.reason()));
    }
}
