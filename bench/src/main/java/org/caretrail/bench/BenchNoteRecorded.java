package org.caretrail.bench;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The event the benchmarks store: about the size of a care transition event. */
@Revision("1")
public record BenchNoteRecorded(String episodeId, String patientId, String facilityId, String text,
                                Instant occurredAt) {
}
