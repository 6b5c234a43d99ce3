package org.caretrail.projections.compliance;

import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_FOLLOW_UP;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_INITIAL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.projections.facility.FacilityCalendar;

/**
 * The Important Message from Medicare clocks. Any IMM recorded in the episode up to the discharge meets the
 * initial clock, including one given before the inpatient order (CMS allows delivery up to 7 days before
 * admission); one recorded after the discharge was not given in the episode and counts for neither clock.
 */
final class ImmClocks {

    private static final Duration FOLLOW_UP_LEAD = Duration.ofHours(4);
    private static final int FOLLOW_UP_DAYS = 2;
    private static final int INITIAL_DAYS = 2;

    private ImmClocks() {
    }

    static ClockResult initial(EpisodeAt episode) {
        Optional<Instant> inpatientStart = applicableInpatientStart(episode);
        if (inpatientStart.isEmpty()) {
            return ClockResult.notApplicable(IMM_INITIAL, null);
        }
        FacilityCalendar calendar = episode.calendar();
        Instant due = calendar.endOf(calendar.dateOf(inpatientStart.get()).plusDays(INITIAL_DAYS));
        Instant metAt = episode.notices(NoticeType.IMM).stream().findFirst().map(Notice::deliveredAt).orElse(null);
        Discharge discharge = episode.discharge();
        Instant closesAt = discharge == null ? null : discharge.dischargedAt();
        return StatusTable.resultOf(IMM_INITIAL, null, due, metAt, closesAt, discharge != null, episode.asOf());
    }

    static ClockResult followUp(EpisodeAt episode) {
        if (applicableInpatientStart(episode).isEmpty()) {
            return ClockResult.notApplicable(IMM_FOLLOW_UP, null);
        }
        Discharge discharge = episode.discharge();
        if (discharge == null) {
            return new ClockResult(IMM_FOLLOW_UP, null, ClockStatus.OPEN, null, null, null);
        }
        FacilityCalendar calendar = episode.calendar();
        Instant dischargedAt = discharge.dischargedAt();
        LocalDate dischargeDate = calendar.dateOf(dischargedAt);
        List<Notice> notices = episode.notices(NoticeType.IMM);
        if (!notices.isEmpty() && !dischargeDate.isAfter(
                calendar.dateOf(notices.get(0).deliveredAt()).plusDays(FOLLOW_UP_DAYS))) {
            return ClockResult.notApplicable(IMM_FOLLOW_UP, null);
        }
        LocalDate earliestDate = dischargeDate.minusDays(FOLLOW_UP_DAYS);
        Instant latestOnTime = dischargedAt.minus(FOLLOW_UP_LEAD);
        List<Instant> recent = notices.stream()
                .map(Notice::deliveredAt)
                .filter(deliveredAt -> !calendar.dateOf(deliveredAt).isBefore(earliestDate))
                .toList();
        Optional<Instant> onTime = recent.stream().filter(at -> !at.isAfter(latestOnTime)).findFirst();
        if (onTime.isPresent()) {
            return new ClockResult(IMM_FOLLOW_UP, null, ClockStatus.MET, dischargedAt, onTime.get(), dischargedAt);
        }
        if (!recent.isEmpty()) {
            return new ClockResult(IMM_FOLLOW_UP, null, ClockStatus.MET_LATE, dischargedAt, recent.get(0),
                    dischargedAt);
        }
        return new ClockResult(IMM_FOLLOW_UP, null, ClockStatus.MISSED, dischargedAt, null, dischargedAt);
    }

    private static Optional<Instant> applicableInpatientStart(EpisodeAt episode) {
        if (!episode.isLive() || !episode.owesMedicareNotices()) {
            return Optional.empty();
        }
        return episode.firstInpatientStart();
    }
}
