package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One patient's episodes as read together. */
record PatientStays(String patientId, List<StayFacts> episodes) {

    PatientStays {
        episodes = episodes.stream()
                .sorted(Comparator.comparing((StayFacts episode) -> episode.admittedAt,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(episode -> episode.episodeId))
                .toList();
    }

    List<Stay> stays() {
        return episodes.stream().map(StayFacts::toStay).filter(Objects::nonNull).toList();
    }

    /**
     * The latest clinical time among the facts read: a judgement made at this instant holds for every later asOf
     * (pending windows running out aside), and for no earlier one. Empty when no stay counts.
     */
    Optional<Instant> latestFact() {
        return episodes.stream().map(StayFacts::latestFact).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }
}
