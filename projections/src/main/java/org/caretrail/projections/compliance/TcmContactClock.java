package org.caretrail.projections.compliance;

import static org.caretrail.domain.compliance.api.ComplianceClock.TCM_CONTACT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.projections.facility.FacilityCalendar;

/**
 * The transitional care management contact clock. Only contacts made at or after the current discharge count:
 * calls made before a discharge that was later cancelled do not meet the clock of the discharge that stands.
 */
final class TcmContactClock {

    private static final Set<String> HOME_DISPOSITIONS = Set.of("01", "06", "81", "86");
    private static final int DUE_BUSINESS_DAYS = 2;
    private static final int WINDOW_DAYS = 30;
    private static final int ATTEMPTS_THAT_COUNT = 2;

    private TcmContactClock() {
    }

    static ClockResult evaluate(EpisodeAt episode) {
        Discharge discharge = episode.discharge();
        if (!episode.isLive() || discharge == null) {
            return ClockResult.notApplicable(TCM_CONTACT, null);
        }
        if (discharge.disposition() == null) {
            // a discharge whose disposition is not known yet: the clock may apply, with no due until it is known
            return new ClockResult(TCM_CONTACT, null, ClockStatus.OPEN, null, null, null);
        }
        if (!HOME_DISPOSITIONS.contains(discharge.disposition())) {
            return ClockResult.notApplicable(TCM_CONTACT, null);
        }
        FacilityCalendar calendar = episode.calendar();
        LocalDate dischargeDate = calendar.dateOf(discharge.dischargedAt());
        Instant due = calendar.endOf(calendar.businessDaysAfter(dischargeDate, DUE_BUSINESS_DAYS));
        Instant closesAt = calendar.endOf(dischargeDate.plusDays(WINDOW_DAYS));
        Instant metAt = metAt(episode, closesAt);
        return StatusTable.resultOf(TCM_CONTACT, null, due, metAt, closesAt, episode.asOf().isAfter(closesAt),
                episode.asOf());
    }

    /** The first successful contact, or the second unsuccessful attempt, whichever came first in the window. */
    private static Instant metAt(EpisodeAt episode, Instant closesAt) {
        int failedAttempts = 0;
        for (FollowUpContact contact : episode.contactsSinceDischarge()) {
            if (contact.contactedAt().isAfter(closesAt)) {
                return null;
            }
            if (!contact.successful()) {
                failedAttempts++;
            }
            if (contact.successful() || failedAttempts == ATTEMPTS_THAT_COUNT) {
                return contact.contactedAt();
            }
        }
        return null;
    }
}
