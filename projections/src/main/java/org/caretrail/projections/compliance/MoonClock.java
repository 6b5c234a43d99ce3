package org.caretrail.projections.compliance;

import static org.caretrail.domain.compliance.api.ComplianceClock.MOON;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.episode.api.NoticeType;

/**
 * The Medicare Outpatient Observation Notice clock: OPEN during the first 24 hours of the first observation period,
 * before it is known to apply; an ongoing period past the 36-hour due with no notice is OVERDUE, and MISSED once the
 * period ends; a MOON given meanwhile meets it at once (MET, or MET_LATE after the due). It turns NOT_APPLICABLE
 * once the period has ended within 24 hours.
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
        return StatusTable.resultOf(MOON, null, due, metAt, end, end != null, episode.asOf());
    }
}
