package org.caretrail.projections.cohort;

/** How a value set code puts a stay into its cohort (the {@code role} column of the CSV). */
enum CodeRole {
    PRINCIPAL,
    ANCHOR,
    SECONDARY,
    PROCEDURE,
    EXCLUDED_PRINCIPAL
}
