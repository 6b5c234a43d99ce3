package org.caretrail.projections.readmission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.projections.facility.Facilities;

/** Rules 4 and 5 of docs/MEASURES.md: each index stay's outcome and the admission that readmits it. */
final class ReadmissionMatching {

    static final int WINDOW_DAYS = 30;

    private final Facilities zones;
    private final Instant asOf;

    ReadmissionMatching(Facilities zones, Instant asOf) {
        this.zones = zones;
        this.asOf = asOf;
    }

    /** Judges the index stays among the taking-part stays, given in admission order. */
    void apply(List<JudgedStay> takingPart) {
        List<JudgedStay> admissions = takingPart.stream().filter(stay -> !stay.absorbed).toList();
        for (JudgedStay stay : takingPart) {
            if (stay.index) {
                judge(stay, admissions);
            }
        }
        for (JudgedStay admission : admissions) {
            settleClaims(admission);
        }
    }

    private void judge(JudgedStay index, List<JudgedStay> admissions) {
        LocalDate lastDay = index.view.dischargeDate().plusDays(WINDOW_DAYS);
        int next = AdmissionSearch.firstAdmittedAfter(admissions, index.view.dischargedAt());
        if (next < admissions.size() && !admissions.get(next).view.admissionDate().isAfter(lastDay)) {
            JudgedStay admission = admissions.get(next);
            if (isPlanned(admission, index)) {
                index.outcome = ReadmissionOutcome.NOT_READMITTED;
            } else {
                admission.claimants.add(index);
            }
            return;
        }
        Instant windowEnd = zones.startOf(index.view.facilityId(), lastDay.plusDays(1));
        index.outcome = asOf.isBefore(windowEnd) ? ReadmissionOutcome.PENDING : ReadmissionOutcome.NOT_READMITTED;
    }

    private static boolean isPlanned(JudgedStay admission, JudgedStay index) {
        return admission.view.stay().planned() || Dispositions.announcesPlannedReadmission(index.view.disposition());
    }

    /**
     * An admission readmits only the latest index stay discharged before it; an earlier one that shares it as its
     * first admission (overlapping stays) has had its window decided by it, so it is not readmitted.
     */
    private static void settleClaims(JudgedStay admission) {
        JudgedStay latest = null;
        for (JudgedStay claimant : admission.claimants) {
            if (latest == null || !claimant.view.dischargedAt().isBefore(latest.view.dischargedAt())) {
                latest = claimant;
            }
        }
        for (JudgedStay claimant : admission.claimants) {
            claimant.outcome = claimant == latest ? ReadmissionOutcome.READMITTED : ReadmissionOutcome.NOT_READMITTED;
        }
        if (latest != null) {
            latest.readmission = admission;
            admission.readmissionOf = latest;
        }
    }
}
