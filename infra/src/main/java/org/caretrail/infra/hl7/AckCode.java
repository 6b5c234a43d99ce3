package org.caretrail.infra.hl7;

/** The HL7 original-mode acknowledgment codes CareTrail answers with (HL7 v2 chapter 2). */
public enum AckCode {
    /** Applied, a repeat of an applied message, or of a visit CareTrail does not track. */
    AA,
    /** Readable, but a field is missing or wrong, the visit is unknown yet (parked), or the episode refused it. */
    AE,
    /** Cannot be processed at all: unreadable, or a message type, event, version or processing id not taken. */
    AR
}
