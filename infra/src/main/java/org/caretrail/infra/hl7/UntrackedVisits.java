package org.caretrail.infra.hl7;

/** What to answer for a visit CareTrail does not track (outpatient, pre-admission, no patient class). */
public enum UntrackedVisits {
    /** AA, kept as IGNORED with the reason: most of a real ADT feed is such traffic. */
    IGNORE,
    /** AE 103, kept as REJECTED, for a feed that should carry tracked visits only. */
    REJECT
}
