package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.Objects;

/** Asks for every clock of one episode at asOf; answered with an {@link EpisodeComplianceResponse}, or nothing. */
public record FindEpisodeComplianceQuery(String episodeId, Instant asOf) {

    public FindEpisodeComplianceQuery {
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
