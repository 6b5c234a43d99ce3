package org.caretrail.projections.readmission;

/** The two readmission measures and the final classes of the stays that take part in each. */
public enum ReadmissionMeasure {
    ACUTE_30,
    ALL_STAYS_30;

    public boolean takesPart(StayClass finalClass) {
        if (finalClass == StayClass.INPATIENT) {
            return true;
        }
        return this == ALL_STAYS_30 && finalClass == StayClass.OBSERVATION;
    }
}
