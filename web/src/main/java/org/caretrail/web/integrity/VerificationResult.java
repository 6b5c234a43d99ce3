package org.caretrail.web.integrity;

import java.util.List;
import org.caretrail.infra.integrity.LogReport;
import org.caretrail.infra.integrity.VerificationReport;

/**
 * The outcome of a verification as the API shows it.
 *
 * @param status              OK, or BROKEN when the event store or any log no longer matches
 * @param firstBrokenPosition the first global position that no longer matches; absent when the events are intact
 * @param reason              what no longer matches there (or, events intact, in the first broken log); absent when OK
 * @param logs                the hash-chained logs (decision 0024), one line each
 */
public record VerificationResult(String status, long checkedEvents, Long firstBrokenPosition, String reason,
                                 List<LogResult> logs) {

    /**
     * One log's verification.
     *
     * @param log                 the log's collection: {@code access_log} or {@code security_log}
     * @param head                the highest sequence walked
     * @param absentSequences     sequences with no entry between the log's last checkpoint and its newest entry:
     *                            a failed write, or the unused rest of a leased block (not a failure)
     * @param firstBrokenSequence the first sequence where the log no longer matches; absent when OK
     * @param reason              edited, deleted, newest deleted, or a checkpoint problem; absent when OK
     */
    public record LogResult(String log, String status, long checkedEntries, long head, long absentSequences,
                            Long firstBrokenSequence, String reason) {

        static LogResult of(LogReport report) {
            return new LogResult(report.log(), report.status().name(), report.checkedEntries(), report.head(),
                    report.absentSequences(), report.firstBrokenSequence(), report.reason());
        }
    }

    static VerificationResult of(VerificationReport report, List<LogReport> logs) {
        LogReport brokenLog = logs.stream().filter(log -> !log.ok()).findFirst().orElse(null);
        String status = report.ok() && brokenLog == null ? "OK" : "BROKEN";
        String reason = report.ok() && brokenLog != null
                ? brokenLog.log() + " at sequence " + brokenLog.firstBrokenSequence() + ": " + brokenLog.reason()
                : report.reason();
        return new VerificationResult(status, report.checkedEvents(), report.firstBrokenPosition(), reason,
                logs.stream().map(LogResult::of).toList());
    }
}
