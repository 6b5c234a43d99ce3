package org.caretrail.web.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.notification.api.CountNotificationsQuery;
import org.caretrail.domain.notification.api.FindNotificationsQuery;
import org.caretrail.domain.notification.api.NotificationPage;
import org.caretrail.domain.notification.api.NotificationReportResponse;
import org.caretrail.domain.notification.api.NotificationStatus;
import org.caretrail.projections.notification.NotificationRoutingProjection;
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

/** The delivery log and the CoP report: every notice, to whom, when, and with what outcome. */
@RestController
@Validated
@Tag(name = "Event notifications")
public class NotificationLogController {

    private final Reads reads;

    public NotificationLogController(Reads reads) {
        this.reads = reads;
    }

    @PatientRead(patient = "patientId")
    @GetMapping(path = "/api/v1/notifications", produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "The delivery log, filtered by the triggering event's recording time (from included, to "
            + "excluded), newest first, paged; CSV with Accept: text/csv")
    public NotificationPage log(@RequestParam(required = false) String patientId,
                                @RequestParam(required = false) String recipientId,
                                @RequestParam(required = false) NotificationStatus status,
                                @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                                @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        return reads.answer(position, ProcessingGroups.NOTIFICATION_ROUTING,
                new FindNotificationsQuery(patientId, recipientId, status, from, to, page, size), NotificationPage.class);
    }

    // counts only, but the report is what a surveyor is shown as proof, so who pulled it is logged too
    @PatientRead
    @GetMapping(path = "/api/v1/notifications/report",
            produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "Per trigger and month (UTC) of the events' clinical dates from..to (both included): "
            + "triggering events, notified, with no recipient, suppressed by opt-out, failed, and the median seconds "
            + "from recording to delivery; CSV with Accept: text/csv")
    public ResponseEntity<?> report(@RequestParam(required = false) String facilityId,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        return ResponseEntity.ok(reads.answer(position, ProcessingGroups.NOTIFICATION_ROUTING,
                new CountNotificationsQuery(facilityId, from, to), NotificationReportResponse.class));
    }
}
