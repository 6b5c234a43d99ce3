package org.caretrail.projections.compliance;

/** The patient class of an episode during one slice of its history. */
public enum PatientClass {
    EMERGENCY,
    OBSERVATION,
    INPATIENT
}
