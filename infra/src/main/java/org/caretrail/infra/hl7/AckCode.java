package org.caretrail.infra.hl7;

/** The HL7 original-mode acknowledgment codes CareTrail answers with. */
public enum AckCode {
    /** Applied (or parked for later and already safe). */
    AA,
    /** Valid, but the episode refused it. */
    AE,
    /** Not readable or not supported, or CareTrail could not process it right now. */
    AR
}
