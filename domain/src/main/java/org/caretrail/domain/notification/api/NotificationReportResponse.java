package org.caretrail.domain.notification.api;

import java.time.LocalDate;
import java.util.List;

/** The CoP notification report: a row per trigger and month. */
public record NotificationReportResponse(String facilityId, LocalDate from, LocalDate to,
                                         List<NotificationReportRow> rows) {
}
