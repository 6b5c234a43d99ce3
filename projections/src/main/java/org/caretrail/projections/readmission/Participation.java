package org.caretrail.projections.readmission;

import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;

/** Which stays take part in each readmission measure, by their final class (docs/MEASURES.md). */
final class Participation {

    private Participation() {
    }

    /** Inpatient stays take part in both measures; observation stays in {@code ALL_STAYS_30} only. */
    static boolean takesPart(ReadmissionMeasure measure, PatientClass finalClass) {
        if (finalClass == PatientClass.INPATIENT) {
            return true;
        }
        return measure == ReadmissionMeasure.ALL_STAYS_30 && finalClass == PatientClass.OBSERVATION;
    }
}
