package org.caretrail.infra.hl7;

/** Who an episode belongs to, as its admission recorded it: the patient and the facility. */
record VisitIdentity(String patientId, String facilityId) {
}
