package org.caretrail.projections.compliance;

/** The episode's primary payer, as far as the compliance clocks care. */
public enum Payer {
    MEDICARE,
    MEDICARE_ADVANTAGE,
    MEDICAID,
    COMMERCIAL,
    SELF_PAY,
    OTHER;

    /** IMM and MOON notices are owed to Medicare beneficiaries only, Medicare Advantage included. */
    boolean isMedicare() {
        return this == MEDICARE || this == MEDICARE_ADVANTAGE;
    }
}
