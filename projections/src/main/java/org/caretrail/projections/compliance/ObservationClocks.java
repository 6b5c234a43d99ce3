package org.caretrail.projections.compliance;

import static org.caretrail.domain.compliance.api.ComplianceClock.OBSERVATION_48H;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caretrail.projections.stay.ClassChange;
import org.caretrail.projections.stay.ObservationPeriod;
import org.caretrail.projections.stay.StayMetrics;

/**
 * OBSERVATION_48H, one per observation period (all payers): due 48 hours after the period starts, met when it ends
 * (class change or discharge), MET_LATE when it ends after the due, OVERDUE while it goes on past the due.
 */
final class ObservationClocks {

    static final Duration DUE_AFTER = Duration.ofHours(48);

    private ObservationClocks() {
    }

    static List<ClockResult> evaluate(EpisodeAt episode) {
        if (!episode.isLive()) {
            return List.of(ClockResult.notApplicable(OBSERVATION_48H, null));
        }
        List<ClassChange> history = episode.classHistory().stream()
                .map(slice -> new ClassChange(slice.patientClass(), slice.from()))
                .toList();
        Instant dischargedAt = episode.discharge() == null ? null : episode.discharge().dischargedAt();
        List<ObservationPeriod> periods = StayMetrics.observationPeriods(history, dischargedAt, episode.asOf());
        if (periods.isEmpty()) {
            return List.of(ClockResult.notApplicable(OBSERVATION_48H, null));
        }
        return periods.stream().map(period -> judge(period, episode.asOf())).toList();
    }

    private static ClockResult judge(ObservationPeriod period, Instant asOf) {
        Instant due = period.start().plus(DUE_AFTER);
        Instant end = period.end();
        ClockResult judged = StatusTable.resultOf(OBSERVATION_48H, null, due, end, end, end != null, asOf);
        return new ClockResult(judged.clock(), null, judged.status(), due, end, end, period.start());
    }
}
