package org.caretrail.projections.readmission;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caretrail.projections.facility.Facilities;

/** Lists on each index stay the ED visits that started within 30 days after its discharge. */
final class EdReturns {

    /** ED admission dates in another zone lie within a day and two hours of the index zone's dates. */
    private static final Duration ZONE_MARGIN = Duration.ofDays(2);

    private EdReturns() {
    }

    /**
     * @param edVisits stays whose final class is EMERGENCY, or still-active stays in EMERGENCY at asOf, in admission order
     */
    static void apply(List<JudgedStay> indexStays, List<JudgedStay> edVisits, Facilities zones) {
        for (JudgedStay index : indexStays) {
            LocalDate lastDay = index.view.dischargeDate().plusDays(ReadmissionMatching.WINDOW_DAYS);
            Instant scanTo = zones.startOf(index.view.facilityId(), lastDay.plusDays(1)).plus(ZONE_MARGIN);
            int first = AdmissionSearch.firstAdmittedAfter(edVisits, index.view.dischargedAt());
            for (int position = first; position < edVisits.size(); position++) {
                StayAtAsOf visit = edVisits.get(position).view;
                if (visit.admittedAt().isAfter(scanTo)) {
                    break;
                }
                if (!visit.admissionDate().isAfter(lastDay)) {
                    index.edReturns.add(visit.stay().episodeId());
                }
            }
        }
    }
}
