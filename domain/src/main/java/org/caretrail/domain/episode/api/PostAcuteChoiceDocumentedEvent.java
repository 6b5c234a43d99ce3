package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A post-acute provider choice list was documented. */
@Revision("1")
public record PostAcuteChoiceDocumentedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        List<String> offeredProviderIds,
        String selectedProviderId) implements EpisodeEvent {
}
