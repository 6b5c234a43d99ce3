package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What one batch changed of a patient: the episodes and the latest fact time among them. */
final class PatientChange {

    private final String patientId;
    private final Set<String> episodeIds = new LinkedHashSet<>();
    private Instant latestFact;

    PatientChange(String patientId) {
        this.patientId = patientId;
    }

    void record(String episodeId, Optional<Instant> fact) {
        episodeIds.add(episodeId);
        fact.filter(at -> latestFact == null || at.isAfter(latestFact)).ifPresent(at -> latestFact = at);
    }

    String patientId() {
        return patientId;
    }

    Set<String> episodeIds() {
        return episodeIds;
    }

    Optional<Instant> latestFact() {
        return Optional.ofNullable(latestFact);
    }
}
