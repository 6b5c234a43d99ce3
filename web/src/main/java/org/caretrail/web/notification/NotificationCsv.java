package org.caretrail.web.notification;

import java.time.Instant;
import org.caretrail.domain.notification.api.NotificationPage;
import org.caretrail.domain.notification.api.NotificationReportResponse;
import org.caretrail.domain.notification.api.NotificationReportRow;
import org.caretrail.domain.notification.api.NotificationView;

/** The delivery log and the CoP report as CSV (RFC 4180, values from users quoted and kept from running formulas). */
final class NotificationCsv {

    static final String LOG_HEADER = "notificationId,trigger,cancellation,episodeId,patientId,facilityId,recipientId,"
            + "relationship,status,attempts,occurredAt,recordedAt,firstAttemptAt,deliveredAt,lastError";
    static final String REPORT_HEADER = "trigger,month,triggeringEvents,notified,noRecipient,suppressedOptOut,failed,"
            + "medianSecondsToDelivery";

    private NotificationCsv() {
    }

    static String log(NotificationPage page) {
        StringBuilder csv = new StringBuilder(LOG_HEADER).append("\r\n");
        for (NotificationView n : page.items()) {
            row(csv, n.notificationId(), n.trigger(), n.cancellation(), n.episodeId(), n.patientId(), n.facilityId(),
                    n.recipientId(), n.relationship(), n.status(), n.attempts(), n.occurredAt(), n.recordedAt(),
                    n.firstAttemptAt(), n.deliveredAt(), n.lastError());
        }
        return csv.toString();
    }

    static String report(NotificationReportResponse report) {
        StringBuilder csv = new StringBuilder(REPORT_HEADER).append("\r\n");
        for (NotificationReportRow r : report.rows()) {
            row(csv, r.trigger(), r.month(), r.triggeringEvents(), r.notified(), r.noRecipient(), r.suppressedOptOut(),
                    r.failed(), r.medianSecondsToDelivery());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(values[i]));
        }
        csv.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            return value instanceof Instant ? value.toString() : String.valueOf(value);
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
