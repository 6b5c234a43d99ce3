package org.caretrail.domain.compliance.api;

import java.time.Duration;
import java.util.Objects;

/** Tunable parts of the clock rules. */
public record ComplianceSettings(Duration referralResponseWindow) {

    public ComplianceSettings {
        Objects.requireNonNull(referralResponseWindow, "referralResponseWindow");
        if (referralResponseWindow.isNegative() || referralResponseWindow.isZero()) {
            throw new IllegalArgumentException("referralResponseWindow must be positive, was " + referralResponseWindow);
        }
    }

    /** docs/MEASURES.md's defaults: a referral is answered within 48 hours. */
    public static ComplianceSettings defaults() {
        return new ComplianceSettings(Duration.ofHours(48));
    }
}
