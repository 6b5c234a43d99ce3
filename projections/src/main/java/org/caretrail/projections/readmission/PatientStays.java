package org.caretrail.projections.readmission;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The stored form of one patient's episodes in {@code readmission_patients}; private to the readmission projection.
 * {@link #version} guards concurrent writers: events of one patient arrive on several segments.
 */
class PatientStays {

    @JsonProperty("_id")
    public String patientId;
    /** Zero until first stored; each successful write increments it by one. */
    public long version;
    public List<EpisodeFacts> episodes = new ArrayList<>();
    /**
     * The latest clinical time among the patient's facts: a judgement made at this instant holds for every later
     * asOf except for pending windows running out, and for no earlier one.
     */
    public Instant latestFactAt;

    PatientStays() {
    }

    PatientStays(String patientId) {
        this.patientId = patientId;
    }

    EpisodeFacts episode(String episodeId, String facilityId) {
        for (EpisodeFacts episode : episodes) {
            if (episode.episodeId.equals(episodeId)) {
                return episode;
            }
        }
        EpisodeFacts added = new EpisodeFacts(episodeId, facilityId);
        episodes.add(added);
        return added;
    }

    List<Stay> stays() {
        return episodes.stream().map(episode -> episode.toStay(patientId)).filter(Objects::nonNull).toList();
    }

    /** Keeps episodes in admission order, so that the stored document does not depend on delivery order. */
    void refresh() {
        episodes.sort(Comparator.comparing((EpisodeFacts episode) -> episode.admittedAt,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(episode -> episode.episodeId));
        latestFactAt = episodes.stream().flatMap(EpisodeFacts::factTimes).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether a judgement made at {@link #latestFactAt} still holds at asOf (pending windows aside). */
    boolean settledAt(Instant asOf) {
        return latestFactAt == null || !asOf.isBefore(latestFactAt);
    }
}
