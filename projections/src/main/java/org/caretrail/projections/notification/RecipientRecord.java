package org.caretrail.projections.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every registration of one recipient, so that routing uses the one in force when the triggering event was recorded. */
record RecipientRecord(String recipientId, List<RecipientEntry> versions) {

    RecipientRecord with(RecipientEntry version) {
        if (versions.stream().anyMatch(known -> known.position() == version.position())) {
            return this;
        }
        List<RecipientEntry> more = new ArrayList<>(versions);
        more.add(version);
        return new RecipientRecord(recipientId, more);
    }

    Optional<RecipientEntry> before(long position) {
        return versions.stream().filter(version -> version.position() < position)
                .max(Comparator.comparingLong(RecipientEntry::position));
    }

    Optional<RecipientEntry> latest() {
        return before(Long.MAX_VALUE);
    }
}
