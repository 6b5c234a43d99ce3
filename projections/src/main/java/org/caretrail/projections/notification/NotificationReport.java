package org.caretrail.projections.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.caretrail.domain.notification.api.NotificationReportRow;
import org.caretrail.domain.notification.api.NotificationStatus;
import org.caretrail.domain.notification.api.NotificationTrigger;

/** Counts the CoP report from the triggering events and their notices: pure, over documents already read. */
final class NotificationReport {

    private NotificationReport() {
    }

    /** @param noticesByEvent each event's notices (cancellation notices left out) */
    static List<NotificationReportRow> rows(List<Document> events, Map<String, List<Document>> noticesByEvent) {
        Map<String, Cell> cells = new TreeMap<>();
        for (Document event : events) {
            Cell cell = cells.computeIfAbsent(event.getString("trigger") + " " + event.getString("month"),
                    key -> new Cell(NotificationTrigger.valueOf(event.getString("trigger")), event.getString("month")));
            List<Document> notices = noticesByEvent.getOrDefault(event.getString("_id"), List.of());
            cell.events++;
            int recipients = event.getInteger("recipients", 0);
            if (recipients == 0) {
                cell.noRecipient++;
            } else if (event.getBoolean("optedOut", false)) {
                cell.suppressed++;
            }
            if (notices.stream().anyMatch(notice -> is(notice, NotificationStatus.DELIVERED))) {
                cell.notified++;
            }
            if (notices.stream().anyMatch(notice -> is(notice, NotificationStatus.FAILED))) {
                cell.failed++;
            }
            notices.stream().filter(notice -> is(notice, NotificationStatus.DELIVERED)).forEach(notice ->
                    cell.secondsToDelivery.add(Duration.between(notice.getDate("recordedAt").toInstant(),
                            notice.getDate("deliveredAt").toInstant()).toMillis() / 1000.0));
        }
        return cells.values().stream().sorted(Comparator.comparing((Cell cell) -> cell.month)
                .thenComparing(cell -> cell.trigger)).map(Cell::row).toList();
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static boolean is(Document notice, NotificationStatus status) {
        return status.name().equals(notice.getString("status"));
    }

    private static final class Cell {
        private final NotificationTrigger trigger;
        private final String month;
        private long events;
        private long notified;
        private long noRecipient;
        private long suppressed;
        private long failed;
        private final List<Double> secondsToDelivery = new ArrayList<>();

        private Cell(NotificationTrigger trigger, String month) {
            this.trigger = trigger;
            this.month = month;
        }

        private NotificationReportRow row() {
            return new NotificationReportRow(trigger, month, events, notified, noRecipient, suppressed, failed,
                    median(secondsToDelivery));
        }
    }
}
