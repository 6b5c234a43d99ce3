package org.caretrail.domain.readmission.api;

import java.util.List;

/** A patient's stays in admission order, judged for one measure; cancelled episodes are not listed. */
public record PatientTimelineResponse(String patientId, ReadmissionMeasure measure, List<TimelineStayView> stays) {
}
