package org.caretrail.web.integrity;

import org.caretrail.infra.integrity.VerificationReport;

/**
 * The outcome of a verification as the API shows it.
 *
 * @param status              OK or BROKEN
 * @param firstBrokenPosition the first global position that no longer matches; absent when OK
 * @param reason              what no longer matches there; absent when OK
 */
public record VerificationResult(String status, long checkedEvents, Long firstBrokenPosition, String reason) {

    static VerificationResult of(VerificationReport report) {
        return new VerificationResult(report.status().name(), report.checkedEvents(), report.firstBrokenPosition(),
                report.reason());
    }
}
