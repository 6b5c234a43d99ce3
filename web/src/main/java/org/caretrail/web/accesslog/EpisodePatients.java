package org.caretrail.web.accesslog;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds whose episode an id names, so that a read by episode id can be found by patient in the access log. */
public class EpisodePatients {

    private static final Logger log = LoggerFactory.getLogger(EpisodePatients.class);

    private final QueryGateway queries;

    public EpisodePatients(QueryGateway queries) {
        this.queries = queries;
    }

    /** Empty for an unknown episode, or when the episode view cannot be read (the entry keeps the episode id). */
    public Optional<String> patientOf(String episodeId) {
        try {
            return queries.query(new FindEpisodeQuery(episodeId), ResponseTypes.optionalInstanceOf(EpisodeView.class))
                    .join().map(EpisodeView::patientId);
        } catch (RuntimeException e) {
            log.warn("Could not resolve the patient of episode '{}' for the access log: {}", episodeId, e.getMessage());
            return Optional.empty();
        }
    }
}
