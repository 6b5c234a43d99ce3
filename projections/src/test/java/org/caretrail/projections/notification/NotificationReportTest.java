package org.caretrail.projections.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.caretrail.domain.notification.api.NotificationReportRow;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.junit.jupiter.api.Test;

class NotificationReportTest {

    private static final Instant RECORDED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void eachEventCountsOnceUnderItsTriggerAndMonth() {
        List<Document> events = List.of(event("a", "ADMISSION", 2, false), event("b", "ADMISSION", 0, false),
                event("c", "ADMISSION", 1, true), event("d", "DISCHARGE", 1, false));
        Map<String, List<Document>> notices = Map.of(
                "a", List.of(notice("DELIVERED", 4), notice("FAILED", 0)),
                "c", List.of(notice("SUPPRESSED_OPT_OUT", 0)),
                "d", List.of(notice("DELIVERED", 10)));

        List<NotificationReportRow> rows = NotificationReport.rows(events, notices);

        assertThat(rows).containsExactly(
                new NotificationReportRow(NotificationTrigger.ADMISSION, "2026-03", 3, 1, 1, 1, 1, 4.0),
                new NotificationReportRow(NotificationTrigger.DISCHARGE, "2026-03", 1, 1, 0, 0, 0, 10.0));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(NotificationReport.median(List.of(1.0, 9.0, 3.0, 5.0))).isEqualTo(4.0);
        assertThat(NotificationReport.median(List.of())).isNull();
    }

    private static Document event(String id, String trigger, int recipients, boolean optedOut) {
        return new Document("_id", id).append("trigger", trigger).append("month", "2026-03")
                .append("recipients", recipients).append("optedOut", optedOut);
    }

    private static Document notice(String status, int secondsToDelivery) {
        Document notice = new Document("status", status).append("recordedAt", Date.from(RECORDED));
        return "DELIVERED".equals(status) ? notice.append("deliveredAt", Date.from(RECORDED.plusSeconds(secondsToDelivery)))
                : notice;
    }
}
