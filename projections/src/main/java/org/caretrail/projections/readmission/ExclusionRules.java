package org.caretrail.projections.readmission;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caretrail.domain.readmission.api.ExclusionReason;

/** Rules 1 to 3 of docs/MEASURES.md: transfer chains, same-day continuations and index stays. */
final class ExclusionRules {

    /** Admission dates in another zone lie within a day and two hours of the discharge zone's dates. */
    private static final Duration ZONE_MARGIN = Duration.ofDays(3);

    private ExclusionRules() {
    }

    /** Applies the rules over the taking-part stays of one measure, given in admission order. */
    static void apply(List<JudgedStay> takingPart) {
        linkTransferChains(takingPart);
        linkSameDayContinuations(takingPart);
        markIndexStays(takingPart);
    }

    private static void linkTransferChains(List<JudgedStay> takingPart) {
        for (int position = 0; position < takingPart.size(); position++) {
            JudgedStay transferred = takingPart.get(position);
            if (!transferred.view.discharged() || !Dispositions.isTransferToAcute(transferred.view.disposition())) {
                continue;
            }
            transferred.exclusion = ExclusionReason.TRANSFERRED_OUT;
            JudgedStay next = nextAdmissionAtAnotherFacility(takingPart, position);
            if (next != null) {
                next.absorbed = true;
            }
        }
    }

    /** The first taking-part admission after the transferred stay, elsewhere, on its discharge date or the next. */
    private static JudgedStay nextAdmissionAtAnotherFacility(List<JudgedStay> takingPart, int position) {
        StayAtAsOf from = takingPart.get(position).view;
        LocalDate dischargeDate = from.dischargeDate();
        Instant scanFrom = from.dischargedAt().minus(ZONE_MARGIN);
        Instant scanTo = from.dischargedAt().plus(ZONE_MARGIN).plus(Duration.ofDays(1));
        int start = Math.max(position + 1, AdmissionSearch.firstAdmittedAfter(takingPart, scanFrom));
        for (int candidate = start; candidate < takingPart.size(); candidate++) {
            StayAtAsOf next = takingPart.get(candidate).view;
            if (next.admittedAt().isAfter(scanTo)) {
                return null;
            }
            boolean elsewhere = !next.facilityId().equals(from.facilityId());
            LocalDate admissionDate = next.admissionDate();
            boolean sameOrNextDay = !admissionDate.isBefore(dischargeDate) && !admissionDate.isAfter(dischargeDate.plusDays(1));
            if (elsewhere && sameOrNextDay) {
                return takingPart.get(candidate);
            }
        }
        return null;
    }

    /** The previous stay is the previous taking-part stay in admission order, whatever its facility. */
    private static void linkSameDayContinuations(List<JudgedStay> takingPart) {
        for (int position = 1; position < takingPart.size(); position++) {
            JudgedStay previous = takingPart.get(position - 1);
            JudgedStay next = takingPart.get(position);
            if (!continues(previous.view, next.view)) {
                continue;
            }
            if (previous.exclusion == null) {
                previous.exclusion = ExclusionReason.SAME_DAY_CONTINUATION;
            }
            next.absorbed = true;
        }
    }

    private static boolean continues(StayAtAsOf previous, StayAtAsOf next) {
        if (!previous.discharged() || !previous.facilityId().equals(next.facilityId())) {
            return false;
        }
        String category = previous.diagnosisCategory();
        return previous.dischargeDate().equals(next.admissionDate())
                && category != null
                && Objects.equals(category, next.diagnosisCategory());
    }

    private static void markIndexStays(List<JudgedStay> takingPart) {
        for (JudgedStay stay : takingPart) {
            if (!stay.view.discharged() || stay.exclusion != null) {
                continue;
            }
            String disposition = stay.view.disposition();
            if (disposition == null) {
                stay.exclusion = ExclusionReason.DISPOSITION_UNKNOWN;
            } else if (Dispositions.isDeath(disposition)) {
                stay.exclusion = ExclusionReason.DIED;
            } else if (Dispositions.isLeftAgainstAdvice(disposition)) {
                stay.exclusion = ExclusionReason.LEFT_AMA;
            } else {
                stay.index = true;
            }
        }
    }
}
