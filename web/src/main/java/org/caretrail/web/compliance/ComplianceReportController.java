package org.caretrail.web.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.compliance.api.ComplianceReportResponse;
import org.caretrail.domain.compliance.api.CountClockStatusesQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.compliance.ComplianceProjection;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.Reads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compliance report for auditors: each clock status counted per clock and month of the due, JSON or CSV. */
@RestController
@Tag(name = "Compliance")
public class ComplianceReportController {

    private final Reads reads;
    private final Clock clock;

    public ComplianceReportController(Reads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @NoPatientData // counts per clock and month
    @GetMapping(path = "/api/v1/compliance/report",
            produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "Counts of each clock status per clock and month of the due time, for clocks due from "
            + "'from' to 'to' (dates, both included); clocks with no due count under no month by admission date; "
            + "CSV with Accept: text/csv")
    public ResponseEntity<?> report(@RequestParam(required = false) String facilityId,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Instant asOf,
                                    @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        return ResponseEntity.ok(reads.answer(position, ProcessingGroups.COMPLIANCE,
                new CountClockStatusesQuery(facilityId, from, to, asOf == null ? clock.instant() : asOf),
                ComplianceReportResponse.class));
    }
}
