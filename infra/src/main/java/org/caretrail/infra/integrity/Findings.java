package org.caretrail.infra.integrity;

import java.util.Optional;

/**
 * What a verification found, reduced to the first broken position. A problem tied to one position is preferred to
 * a checkpoint mismatch over a range that contains it; a range that ends before it comes first.
 */
final class Findings {

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

    Optional<VerificationReport> broken(long checkedEvents) {
        if (rangeStart != null && (position == null || rangeEnd < position)) {
            return Optional.of(VerificationReport.broken(checkedEvents, rangeStart, rangeReason));
        }
        if (position != null) {
            return Optional.of(VerificationReport.broken(checkedEvents, position, reason));
        }
        return Optional.empty();
    }
}
