package org.caretrail.domain.notification.api;

import java.time.LocalDate;

/** The CoP report: triggering events of a facility (all when null) whose clinical date is from..to, both included. */
public record CountNotificationsQuery(String facilityId, LocalDate from, LocalDate to) {
}
