package org.caretrail.projections.readmission;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Working state of one stay while the rules of one measure run over a patient's stays. */
final class JudgedStay {

    final StayAtAsOf view;
    final boolean takesPart;
    ExclusionReason exclusion;
    /** Absorbed by a transfer chain or a same-day continuation: never a readmission. */
    boolean absorbed;
    boolean index;
    ReadmissionOutcome outcome;
    JudgedStay readmission;
    JudgedStay readmissionOf;
    final List<JudgedStay> claimants = new ArrayList<>();
    final List<String> edReturns = new ArrayList<>();

    JudgedStay(StayAtAsOf view, ReadmissionMeasure measure) {
        this.view = view;
        this.takesPart = measure.takesPart(view.finalClass());
    }

    TimelineStay toTimelineStay() {
        Stay stay = view.stay();
        Integer days = readmission == null ? null
                : (int) ChronoUnit.DAYS.between(view.dischargeDate(), readmission.view.admissionDate());
        return new TimelineStay(stay.episodeId(), stay.facilityId(), view.finalClass(), stay.admittedAt(),
                view.dischargedAt(), view.disposition(), index, exclusion, outcome,
                readmission == null ? null : readmission.view.stay().episodeId(),
                days,
                readmissionOf == null ? null : readmissionOf.view.stay().episodeId(),
                edReturns);
    }
}
