package org.caretrail.projections.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The stored form of one {@link ActionableSpan} in {@code compliance_actionable}; private to this read model. */
class StoredSpan {

    @JsonProperty("_id")
    public String id;
    public String episodeId;
    public String patientId;
    public String facilityId;
    /** The episode's case manager when the span was stored (null: none assigned), for the worklist's filter. */
    public String caseManagerId;
    public ActionableSpan span;

    static StoredSpan of(ClockFacts facts, ActionableSpan span) {
        StoredSpan stored = new StoredSpan();
        stored.id = String.join("|", facts.episodeId(), span.clock().name(),
                span.referralId() == null ? "" : span.referralId(), span.from().toString())
                + (span.judged().periodStart() == null ? "" : "|period " + span.judged().periodStart());
        stored.episodeId = facts.episodeId();
        stored.patientId = facts.patientId();
        stored.facilityId = facts.facilityId();
        stored.caseManagerId = facts.caseManagerId();
        stored.span = span;
        return stored;
    }
}
