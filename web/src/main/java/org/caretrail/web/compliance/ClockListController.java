package org.caretrail.web.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.compliance.api.ClockPage;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.FindClocksQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.Reads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The clocks behind a compliance report cell, every status included, so a count can be checked clock by clock. */
@RestController
@Validated
@Tag(name = "Compliance")
public class ClockListController {

    private final Reads reads;
    private final Clock clock;

    public ClockListController(Reads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @PatientRead
    @GetMapping(path = "/api/v1/compliance/clocks", produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "The clocks the report counts for the period (by due date, or admission date when there is "
            + "no due), narrowed by facility, clock and status, soonest due first, paged; CSV with Accept: text/csv")
    public ResponseEntity<?> clocks(@RequestParam(required = false) String facilityId,
                                    @RequestParam(required = false) ComplianceClock clock,
                                    @RequestParam(required = false) ClockStatus status,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Instant asOf,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(10_000) int size,
                                    @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        FindClocksQuery query = new FindClocksQuery(facilityId == null || facilityId.isBlank() ? null : facilityId,
                clock, status, from, to, asOf == null ? this.clock.instant() : asOf, page, size);
        return ResponseEntity.ok(reads.answer(position, ProcessingGroups.COMPLIANCE, query, ClockPage.class));
    }
}
