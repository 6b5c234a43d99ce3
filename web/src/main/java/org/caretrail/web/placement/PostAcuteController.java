package org.caretrail.web.placement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.placement.api.DestinationOutcomesResponse;
import org.caretrail.domain.placement.api.FindDestinationOutcomesQuery;
import org.caretrail.domain.placement.api.FindReferralFiguresQuery;
import org.caretrail.domain.placement.api.ReferralFiguresResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.Reads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How post-acute providers answer referrals, and how often the patients discharged to them come back. */
@RestController
@NoPatientData // counts per provider, no patient named
@Tag(name = "Post-acute", description = "Referral figures per provider and readmission outcomes per destination")
public class PostAcuteController {

    private final Reads reads;
    private final Clock clock;

    public PostAcuteController(Reads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/api/v1/post-acute/referrals")
    @Operation(summary = "Per service type and provider: referrals placed from `from` to `to`, their answers and "
            + "the hours to answer (median, 90th percentile) at asOf")
    public ReferralFiguresResponse referrals(
            @RequestParam(required = false) String facilityId,
            @RequestParam(required = false) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf,
            @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        return reads.answer(position, ProcessingGroups.PLACEMENT,
                new FindReferralFiguresQuery(facilityId, from, to, orNow(asOf)), ReferralFiguresResponse.class);
    }

    @GetMapping("/api/v1/post-acute/destinations")
    @Operation(summary = "Per destination provider: index stays discharged to it from `from` to `to` and their "
            + "readmission outcomes at asOf")
    public DestinationOutcomesResponse destinations(
            @RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
            @RequestParam(required = false) String facilityId,
            @RequestParam(required = false) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf,
            @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        return reads.answer(position, ProcessingGroups.READMISSION,
                new FindDestinationOutcomesQuery(measure, facilityId, from, to, orNow(asOf)),
                DestinationOutcomesResponse.class);
    }

    private Instant orNow(Instant asOf) {
        return asOf == null ? clock.instant() : asOf;
    }
}
