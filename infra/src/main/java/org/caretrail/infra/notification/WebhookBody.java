package org.caretrail.infra.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;

/**
 * The webhook's JSON, in the Standard Webhooks shape ({@code type}, {@code timestamp}, {@code data}) and no more
 * protected health information than the rule needs: ids, the trigger, the facility, the times, the patient class and
 * disposition, and the principal diagnosis only for recipients registered to receive it.
 */
final class WebhookBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookBody() {
    }

    static String of(Notice notice, Instant sentAt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "adt." + notice.trigger().toLowerCase(Locale.ROOT) + (notice.cancellation() ? ".cancelled" : ""));
        body.put("timestamp", sentAt.toString());
        ObjectNode data = body.putObject("data");
        data.put("notificationId", notice.notificationId());
        data.put("trigger", notice.trigger());
        data.put("cancellation", notice.cancellation());
        putIfPresent(data, "cancelsNotificationId", notice.cancels());
        data.put("patientId", notice.patientId());
        data.put("episodeId", notice.episodeId());
        data.put("facilityId", notice.facilityId());
        data.put("occurredAt", notice.occurredAt().toString());
        data.put("recordedAt", notice.recordedAt().toString());
        putIfPresent(data, "patientClass", notice.patientClass());
        putIfPresent(data, "disposition", notice.disposition());
        putIfPresent(data, "principalDiagnosis", notice.diagnosis());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
