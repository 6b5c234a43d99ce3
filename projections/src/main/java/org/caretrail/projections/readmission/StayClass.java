package org.caretrail.projections.readmission;

/** Patient class of a stay, mirroring the domain's EMERGENCY, OBSERVATION and INPATIENT. */
public enum StayClass {
    EMERGENCY,
    OBSERVATION,
    INPATIENT
}
