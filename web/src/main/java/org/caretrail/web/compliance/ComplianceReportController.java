package org.caretrail.web.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.caretrail.domain.compliance.api.ComplianceReportResponse;
import org.caretrail.domain.compliance.api.CountClockStatusesQuery;
import org.caretrail.projections.compliance.ComplianceProjection;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.FieldProblem;
import org.caretrail.web.problem.Problems;
import org.caretrail.web.query.ProjectionCatchUp;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compliance report for auditors: each clock status counted per clock and month of the due, JSON or CSV. */
@RestController
@Tag(name = "Compliance")
public class ComplianceReportController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final QueryGateway queries;
    private final ProjectionCatchUp catchUp;
    private final Clock clock;

    public ComplianceReportController(QueryGateway queries, ProjectionCatchUp catchUp, Clock clock) {
        this.queries = queries;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/compliance/report", produces = {"application/json", "text/csv"})
    @Operation(summary = "Counts of each clock status per clock and month of the due time, for clocks due from "
            + "'from' to 'to' (dates, both included); clocks with no due count under no month by admission date; "
            + "CSV with Accept: text/csv")
    public ResponseEntity<?> report(@RequestParam(required = false) String facilityId,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) Instant asOf,
                                    @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                    @RequestHeader(name = PositionHeader.NAME, required = false) Long position)
            throws HttpMediaTypeNotAcceptableException {
        if (to.isBefore(from)) {
            return Problems.respond(Problems.invalid(List.of(new FieldProblem("to", "must not be before from"))));
        }
        boolean csv = wantsCsv(accept);
        catchUp.await(position, ComplianceProjection.PROCESSING_GROUP);
        ComplianceReportResponse report = queries.query(
                new CountClockStatusesQuery(facilityId, from, to, asOf == null ? clock.instant() : asOf),
                ResponseTypes.instanceOf(ComplianceReportResponse.class)).join();
        if (csv) {
            return ResponseEntity.ok().contentType(TEXT_CSV).body(ReportCsv.format(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    /** CSV only when the client prefers it to JSON; a wildcard gets JSON. */
    static boolean wantsCsv(String accept) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept).stream()
                    .filter(type -> type.getQualityValue() > 0)
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                    .toList();
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Unreadable Accept header: " + e.getMessage());
        }
        for (MediaType type : accepted) {
            if (type.includes(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.includes(TEXT_CSV)) {
                return true;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, TEXT_CSV));
    }
}
