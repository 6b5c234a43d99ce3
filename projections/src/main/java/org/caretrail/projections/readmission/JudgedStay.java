package org.caretrail.projections.readmission;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.domain.readmission.api.ExclusionReason;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.TimelineStayView;

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
    StayFigures figures = StayFigures.NONE;

    JudgedStay(StayAtAsOf view, ReadmissionMeasure measure) {
        this.view = view;
        this.takesPart = Participation.takesPart(measure, view.finalClass());
    }

    TimelineStayView toTimelineStay() {
        Stay stay = view.stay();
        Integer days = readmission == null ? null
                : (int) ChronoUnit.DAYS.between(view.dischargeDate(), readmission.view.admissionDate());
        return new TimelineStayView(stay.episodeId(), stay.facilityId(), view.finalClass(), stay.admittedAt(),
                view.dischargedAt(), view.disposition(), index, exclusion, outcome,
                readmission == null ? null : readmission.view.stay().episodeId(),
                days,
                readmissionOf == null ? null : readmissionOf.view.stay().episodeId(),
                List.copyOf(edReturns), figures.cohorts(), figures.lengthOfStayDays(), figures.observationHours(),
                figures.lace());
    }
}
