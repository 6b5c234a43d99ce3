package org.caretrail.infra.integrity;

/**
 * The outcome of a verification of one hash-chained log.
 *
 * @param checkedEntries      how many stored entries were checked
 * @param head                the highest sequence walked (the newest entry's, or the last checkpoint's end)
 * @param absentSequences     sequences above the last checkpoint, below the newest entry, that hold nothing: taken by
 *                            a write that failed, or the unused rest of a lease (not a failure)
 * @param firstBrokenSequence the first sequence where the log no longer matches; null when OK
 * @param reason              what no longer matches there; null when OK
 */
public record LogReport(String log, VerificationStatus status, long checkedEntries, long head, long absentSequences,
                        Long firstBrokenSequence, String reason) {

    public boolean ok() {
        return status == VerificationStatus.OK;
    }
}
