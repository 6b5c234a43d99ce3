package org.caretrail.domain.risk.api;

/** LACE bands: LOW 0-4, MODERATE 5-9, HIGH 10 or more. */
public enum RiskBand {
    LOW,
    MODERATE,
    HIGH
}
