package org.caretrail.projections.readmission;

import java.util.List;

/** A patient's stays in admission order, judged for one measure at one asOf. */
public record PatientTimeline(String patientId, ReadmissionMeasure measure, List<TimelineStay> stays) {

    public PatientTimeline {
        stays = List.copyOf(stays);
    }
}
