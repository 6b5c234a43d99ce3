package org.caretrail.projections.compliance;

import static org.caretrail.projections.compliance.ComplianceClock.MOON;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Medicare Outpatient Observation Notice clock. While the first observation period is still going on it
 * is judged like any clock (OPEN, OVERDUE after 36 hours, or MET once a MOON is given), even in its first 24
 * hours; it turns NOT_APPLICABLE only once the period has ended within 24 hours.
 */
final class MoonClock {

    private static final Duration APPLIES_AFTER = Duration.ofHours(24);
    private static final Duration DUE_AFTER = Duration.ofHours(36);

    private MoonClock() {
    }

    static ClockResult evaluate(EpisodeAt episode) {
        if (!episode.isLive() || !episode.owesMedicareNotices()) {
            return ClockResult.notApplicable(MOON, null);
        }
        Optional<EpisodeAt.Period> found = episode.firstObservationPeriod();
        if (found.isEmpty()) {
            return ClockResult.notApplicable(MOON, null);
        }
        EpisodeAt.Period period = found.get();
        Instant end = period.end();
        if (end != null && Duration.between(period.start(), end).compareTo(APPLIES_AFTER) <= 0) {
            return ClockResult.notApplicable(MOON, null);
        }
        Instant due = period.start().plus(DUE_AFTER);
        if (end != null && end.isBefore(due)) {
            due = end;
        }
        Instant metAt = episode.notices(NoticeType.MOON).stream()
                .map(Notice::deliveredAt)
                .filter(at -> end == null || !at.isAfter(end))
                .findFirst()
                .orElse(null);
        return Judge.judge(MOON, null, due, metAt, end, end != null, episode.asOf());
    }
}
