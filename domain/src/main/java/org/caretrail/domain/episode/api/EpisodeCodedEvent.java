package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The episode was coded; this coding replaces any earlier one for every rule, and both stay in the audit trail. */
@Revision("1")
public record EpisodeCodedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        List<CodedDiagnosis> diagnoses,
        List<CodedProcedure> procedures) implements EpisodeEvent {

    /** The diagnosis marked principal (a recorded coding has exactly one). */
    public CodedDiagnosis principalDiagnosis() {
        return diagnoses.stream().filter(CodedDiagnosis::principal).findFirst().orElseThrow();
    }
}
