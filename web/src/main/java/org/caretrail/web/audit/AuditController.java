package org.caretrail.web.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.caretrail.domain.audit.api.AuditPage;
import org.caretrail.domain.audit.api.AuditTrail;
import org.caretrail.domain.audit.api.FindAuditTrailKnownAtQuery;
import org.caretrail.domain.audit.api.FindAuditTrailQuery;
import org.caretrail.domain.audit.api.SearchAuditQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.audit.AuditTrailProjection;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.KnownAt;
import org.caretrail.web.query.Reads;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail: every event ever recorded, with who recorded it and when. */
@RestController
@Validated
@Tag(name = "Audit", description = "Who recorded what, and when")
public class AuditController {

    private final Reads reads;
    private final KnownAt knownAt;

    public AuditController(Reads reads, KnownAt knownAt) {
        this.reads = reads;
        this.knownAt = knownAt;
    }

    @PatientRead(episode = "id")
    @GetMapping("/api/v1/episodes/{id}/audit")
    @Operation(summary = "Every event recorded for the episode, corrections included, in sequence order; with "
            + "knownAt, those recorded by then")
    public AuditTrail episodeTrail(@PathVariable String id,
                                   @RequestParam(name = KnownAt.PARAMETER, required = false) Instant knownAt,
                                   @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        if (knownAt != null) {
            return reads.one(position, ProcessingGroups.AUDIT_TRAIL,
                    new FindAuditTrailKnownAtQuery(id, this.knownAt.checked(knownAt)), AuditTrail.class,
                    KnownAt.notYetRecorded("Episode '" + id + "'", knownAt));
        }
        return reads.one(position, ProcessingGroups.AUDIT_TRAIL, new FindAuditTrailQuery(id),
                AuditTrail.class, "No episode with id '" + id + "'.");
    }

    @PatientRead(patient = "patientId")
    @GetMapping(path = "/api/v1/audit", produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "Audit entries across episodes, filtered by recorded time, newest first, paged; CSV with Accept: text/csv")
    public AuditPage search(@RequestParam(required = false) String patientId,
                            @RequestParam(required = false) String facilityId,
                            @RequestParam(required = false) String actor,
                            @RequestParam(required = false) String type,
                            @RequestParam(required = false) Instant from,
                            @RequestParam(required = false) Instant to,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                            @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        return reads.answer(position, ProcessingGroups.AUDIT_TRAIL,
                new SearchAuditQuery(patientId, facilityId, actor, type, from, to, page, size), AuditPage.class);
    }
}
