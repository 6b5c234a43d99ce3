package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;

/** A post-discharge follow-up contact attempt and whether it reached the patient. */
public record FollowUpContact(Instant contactedAt, boolean successful) {

    public FollowUpContact {
        Objects.requireNonNull(contactedAt, "contactedAt");
    }
}
