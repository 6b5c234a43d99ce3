package org.caretrail.web.readmission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.FindIndexStaysQuery;
import org.caretrail.domain.readmission.api.IndexStayPage;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.ReadmissionRatesQuery;
import org.caretrail.domain.readmission.api.ReadmissionRatesResponse;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.NoPatientData;
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

/** From a rate to its months, and from a month to the index stays it counted. */
@RestController
@Validated
@Tag(name = "Readmissions")
public class ReadmissionDrillDownController {

    private final Reads reads;
    private final Clock clock;

    public ReadmissionDrillDownController(Reads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @NoPatientData // counts per month, no patient named
    @GetMapping(path = "/api/v1/readmissions/rates", produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "The rate's figures per calendar month of index discharge, every month of the period "
            + "listed, oldest first; 'cohort' keeps its members only; CSV with Accept: text/csv")
    public ResponseEntity<?> rates(
            @RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
            @RequestParam(required = false) Cohort cohort,
            @RequestParam(required = false) String facilityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "120") @Min(1) @Max(1_200) int size,
            @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        ReadmissionRatesQuery query = new ReadmissionRatesQuery(measure, cohort, blankToNull(facilityId), from, to,
                orNow(asOf), page, size);
        return ResponseEntity.ok(reads.answer(position, ProcessingGroups.READMISSION, query,
                ReadmissionRatesResponse.class));
    }

    @PatientRead
    @GetMapping(path = "/api/v1/readmissions/index-stays",
            produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "The index stays behind a rate, latest discharge first, paged; 'outcome' narrows them to "
            + "one outcome at asOf, 'cohort' to its members; CSV with Accept: text/csv")
    public ResponseEntity<?> indexStays(
            @RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
            @RequestParam(required = false) Cohort cohort,
            @RequestParam(required = false) String facilityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) ReadmissionOutcome outcome,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(10_000) int size,
            @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        FindIndexStaysQuery query = new FindIndexStaysQuery(measure, cohort, blankToNull(facilityId), from, to, outcome,
                orNow(asOf), page, size);
        return ResponseEntity.ok(reads.answer(position, ProcessingGroups.READMISSION, query,
                IndexStayPage.class));
    }

    private Instant orNow(Instant asOf) {
        return asOf == null ? clock.instant() : asOf;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
