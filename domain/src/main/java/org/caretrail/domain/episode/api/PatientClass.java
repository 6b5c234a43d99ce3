package org.caretrail.domain.episode.api;

/** The patient class of an episode at a point in time. */
public enum PatientClass {
    EMERGENCY,
    OBSERVATION,
    INPATIENT
}
