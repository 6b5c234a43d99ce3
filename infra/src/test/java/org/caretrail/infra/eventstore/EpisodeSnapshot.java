package org.caretrail.infra.eventstore;

import org.axonframework.serialization.Revision;

/** A test snapshot state. */
@Revision("1")
record EpisodeSnapshot(String episodeId, long notes) {
}
