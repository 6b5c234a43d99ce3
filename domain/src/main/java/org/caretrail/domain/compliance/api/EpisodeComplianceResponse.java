package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.List;

/** Every clock of one episode at asOf, NOT_APPLICABLE ones included, referral clocks once per referral. */
public record EpisodeComplianceResponse(String episodeId, Instant asOf, List<ClockView> clocks) {

    public EpisodeComplianceResponse {
        clocks = List.copyOf(clocks);
    }
}
