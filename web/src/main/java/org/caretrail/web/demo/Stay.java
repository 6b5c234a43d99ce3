package org.caretrail.web.demo;

import java.time.Instant;
import org.caretrail.domain.episode.api.PatientClass;

/**
 * What the generator meant one episode to be, kept beside its steps so that tests can check the population's
 * rates without reading them back. {@code dischargedAt} is null for a stay still open at the end of the window.
 */
record Stay(String patientId, String episodeId, String facilityId, PatientClass finalClass, Instant admittedAt,
            Instant dischargedAt, String disposition, boolean planned, boolean cancelled, String principalDiagnosis,
            boolean hadObservation) {

    boolean isIndexCandidate() {
        return finalClass == PatientClass.INPATIENT && dischargedAt != null && !cancelled
                && !java.util.Set.of("20", "40", "41", "42", "07", "02", "05", "66", "82", "85", "94")
                .contains(disposition);
    }
}
