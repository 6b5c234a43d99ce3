package org.caretrail.projections.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** The stored form of one episode in {@code compliance_episodes}; private to this read model. */
class StoredEpisode {

    @JsonProperty("_id")
    public String id;
    /** The sequence number of the last event applied: redelivered events at or below it are skipped. */
    public long version = -1;
    public ClockFacts facts;
    /** The clocks judged at the latest clinical time of the facts, so valid with time alone for any later asOf. */
    public EpisodeClocks evaluation;
    /** The keys of this episode's documents in {@code compliance_actionable}, so they are replaced by exact keys. */
    public List<String> spanKeys = new ArrayList<>();
}
