package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The clocks of one episode as judged at {@code evaluatedAt}: the unit a compliance read model stores. */
public record EpisodeClocks(String episodeId, String patientId, String facilityId, Instant evaluatedAt,
                            List<ClockResult> clocks) {

    public EpisodeClocks {
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        clocks = List.copyOf(clocks);
    }

    /** The clocks re-judged at a later asOf with time alone; an earlier asOf needs the facts again. */
    public List<ClockResult> clocksAt(Instant asOf) {
        if (asOf.isBefore(evaluatedAt)) {
            throw new IllegalArgumentException(
                    "cannot re-judge at " + asOf + ", before the evaluation at " + evaluatedAt);
        }
        return clocks.stream()
                .map(clock -> clock.withStatus(clock.statusAt(asOf)))
                .toList();
    }
}
