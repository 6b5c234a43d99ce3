package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What one batch changed of a patient: the episodes, how many changes, and the latest fact time among them. */
final class PatientChange {

    private final String patientId;
    private final Set<String> episodeIds = new LinkedHashSet<>();
    private long count;
    private Instant latestFact;

    PatientChange(String patientId) {
        this.patientId = patientId;
    }

    void record(String episodeId, Optional<Instant> fact) {
        episodeIds.add(episodeId);
        count++;
        fact.filter(at -> latestFact == null || at.isAfter(latestFact)).ifPresent(at -> latestFact = at);
    }

    String patientId() {
        return patientId;
    }

    Set<String> episodeIds() {
        return episodeIds;
    }

    long count() {
        return count;
    }

    Optional<Instant> latestFact() {
        return Optional.ofNullable(latestFact);
    }
}
