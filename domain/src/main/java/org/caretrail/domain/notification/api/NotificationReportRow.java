package org.caretrail.domain.notification.api;

/**
 * One trigger in one month (UTC, of the event's clinical time): how many events, how many were notified to at least
 * one recipient, had no recipient, were withheld by an opt-out, had a notification that failed for good, and the
 * median seconds from recording the event to delivering its notifications (null when none was delivered).
 */
public record NotificationReportRow(
        NotificationTrigger trigger,
        String month,
        long triggeringEvents,
        long notified,
        long noRecipient,
        long suppressedOptOut,
        long failed,
        Double medianSecondsToDelivery) {
}
