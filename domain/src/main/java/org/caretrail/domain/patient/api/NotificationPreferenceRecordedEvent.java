package org.caretrail.domain.patient.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** From effectiveAt on, the patient objects (optOut) or no longer objects to event notifications. */
@Revision("1")
public record NotificationPreferenceRecordedEvent(
        String patientId,
        boolean optOut,
        Instant effectiveAt,
        String reason) {
}
