package org.caretrail.projections.notification;

import java.time.Instant;
import org.caretrail.domain.patient.api.CareRelationship;

/** One recorded care team period, with the global position of the event that recorded it. */
record MemberEntry(long position, String recipientId, CareRelationship relationship, Instant effectiveFrom,
                   Instant effectiveTo) {

    boolean covers(Instant at) {
        return !at.isBefore(effectiveFrom) && (effectiveTo == null || at.isBefore(effectiveTo));
    }

    String key() {
        return recipientId + "\n" + relationship;
    }
}
