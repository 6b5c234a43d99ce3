package org.caretrail.web.risk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.domain.risk.api.EpisodeRiskResponse;
import org.caretrail.domain.risk.api.FindEpisodeRiskKnownAtQuery;
import org.caretrail.domain.risk.api.FindEpisodeRiskQuery;
import org.caretrail.projections.readmission.ReadmissionProjection;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.query.KnownAt;
import org.caretrail.web.query.Reads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An episode's LACE readmission risk and stay metrics, for deciding whom to call first after discharge. */
@RestController
@Tag(name = "Risk", description = "LACE readmission risk per stay (van Walraven et al., CMAJ 2010)")
public class RiskController {

    private final Reads reads;
    private final Clock clock;
    private final KnownAt knownAt;

    public RiskController(Reads reads, Clock clock, KnownAt knownAt) {
        this.reads = reads;
        this.clock = clock;
        this.knownAt = knownAt;
    }

    @PatientRead(episode = "id")
    @GetMapping("/api/v1/episodes/{id}/risk")
    @Operation(summary = "The episode's LACE score with its components, length of stay and observation hours at asOf; "
            + "with knownAt, from the events recorded by then")
    public EpisodeRiskResponse risk(
            @PathVariable String id,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(name = KnownAt.PARAMETER, required = false) Instant knownAt,
            @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Instant at = asOf == null ? clock.instant() : asOf;
        if (knownAt != null) {
            return reads.one(position, ProcessingGroups.READMISSION,
                    new FindEpisodeRiskKnownAtQuery(id, at, this.knownAt.checked(knownAt)), EpisodeRiskResponse.class,
                    "No episode with id '" + id + "' recorded by knownAt " + knownAt
                            + " and admitted and not cancelled at " + at + ".");
        }
        return reads.one(position, ProcessingGroups.READMISSION, new FindEpisodeRiskQuery(id, at),
                EpisodeRiskResponse.class, "No episode with id '" + id + "' admitted and not cancelled at " + at + ".");
    }
}
