package org.caretrail.web.accesslog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.caretrail.infra.accesslog.AccessLogSearch;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.CsvConverter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who read which patient's data, when, and with what outcome: JSON pages or CSV. */
@RestController
@Validated
@Tag(name = "Audit")
public class AccessLogController {

    private final AccessLogStore store;

    public AccessLogController(AccessLogStore store) {
        this.store = store;
    }

    @GetMapping(path = "/api/v1/access-log", produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @PatientRead(patient = "patientId") // the log names patients, so reading it is logged too
    @Operation(summary = "Reads of patient data, refusals included, newest first, filtered by user, patient and "
            + "time ('from' included, 'to' excluded); CSV with Accept: text/csv")
    public ResponseEntity<?> search(@RequestParam(required = false) String user,
                                    @RequestParam(required = false) String patientId,
                                    @RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(10_000) int size) {
        Periods.requireForwards(from, to);
        return ResponseEntity.ok(AccessLogListing.of(store.search(new AccessLogSearch(blankToNull(user),
                blankToNull(patientId), from, to, page, size))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
