package org.caretrail.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caretrail.domain.episode.api.FacilityIds;
import org.caretrail.domain.episode.api.FindFacilitiesQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.query.Reads;
import org.springframework.stereotype.Component;

/**
 * The facilities a picker offers, so nobody needs to know an id: those with episodes, asked at most once a minute
 * (the embedded server answers a distinct by reading every episode).
 */
@Component
class FacilityChoices {

    private static final Duration REUSE = Duration.ofMinutes(1);

    private final Reads reads;
    private final Clock clock;
    private volatile List<String> ids;
    private volatile Instant askedAt = Instant.MIN;

    FacilityChoices(Reads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    List<String> ids() {
        Instant now = clock.instant();
        if (ids == null || now.isAfter(askedAt.plus(REUSE)) || ids.isEmpty()) {
            ids = reads.answer(null, ProcessingGroups.EPISODE_VIEW, new FindFacilitiesQuery(),
                    FacilityIds.class).ids();
            askedAt = now;
        }
        return ids;
    }
}
