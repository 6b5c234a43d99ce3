package org.caretrail.infra.integrity;

/**
 * The outcome of a verification of the event store.
 *
 * @param checkedEvents       how many stored events were checked
 * @param firstBrokenPosition the first global position where the stored events no longer match; null when OK
 * @param reason              what no longer matches there; null when OK
 */
public record VerificationReport(VerificationStatus status, long checkedEvents, Long firstBrokenPosition,
                                 String reason) {

    static VerificationReport ok(long checkedEvents) {
        return new VerificationReport(VerificationStatus.OK, checkedEvents, null, null);
    }

    static VerificationReport broken(long checkedEvents, long position, String reason) {
        return new VerificationReport(VerificationStatus.BROKEN, checkedEvents, position, reason);
    }

    public boolean ok() {
        return status == VerificationStatus.OK;
    }
}
