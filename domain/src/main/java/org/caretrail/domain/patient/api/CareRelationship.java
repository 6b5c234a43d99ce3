package org.caretrail.domain.patient.api;

/** How a care team member relates to the patient, as 42 CFR 482.24(d) names the people to notify. */
public enum CareRelationship {
    PRIMARY_CARE,
    PRACTICE,
    POST_ACUTE,
    PAYER,
    OTHER
}
