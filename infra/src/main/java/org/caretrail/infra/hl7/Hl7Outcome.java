package org.caretrail.infra.hl7;

/** What became of one received HL7 message. */
public enum Hl7Outcome {
    /** Being processed; a message left here was interrupted and can be re-run. */
    RECEIVED,
    APPLIED,
    /** A repeat of a control id already received; nothing was recorded for it. */
    DUPLICATE,
    /** Waits for its episode's admission, then is applied automatically. */
    PARKED,
    /** Unreadable, unsupported, carrying a field wrongly, or refused by the episode; kept for review. */
    REJECTED,
    /** Of a visit CareTrail does not track (an outpatient, a pre-admission): acknowledged, nothing recorded. */
    IGNORED,
    /** A technical failure; the sender may resend it, or an admin re-run it. */
    ERROR
}
