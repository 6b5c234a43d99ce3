package org.caretrail.infra.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A notice as an HL7 v2.5.1 ADT message: A04 (ED registration), A01 (admission), A03 (discharge), A02 (transfer),
 * and for a cancellation notice A11, A13 or A12. The message control id is the notice's stable id, so an HL7
 * receiver can drop a redelivered double the way it drops any repeated MSH-10.
 */
final class AdtMessage {

    private static final DateTimeFormatter HL7_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ").withZone(ZoneOffset.UTC);
    private static final Map<String, String[]> EVENTS = Map.of(
            "ED_REGISTRATION", new String[] {"A04", "ADT_A01", "A11", "ADT_A09"},
            "ADMISSION", new String[] {"A01", "ADT_A01", "A11", "ADT_A09"},
            "DISCHARGE", new String[] {"A03", "ADT_A03", "A13", "ADT_A01"},
            "TRANSFER", new String[] {"A02", "ADT_A02", "A12", "ADT_A12"});

    private AdtMessage() {
    }

    /** The trigger event code (A01, A13, ...) the notice is sent as. */
    static String eventCode(Notice notice) {
        return EVENTS.get(notice.trigger())[notice.cancellation() ? 2 : 0];
    }

    static String of(Notice notice, Instant sentAt) {
        String[] event = EVENTS.get(notice.trigger());
        String code = event[notice.cancellation() ? 2 : 0];
        String structure = event[notice.cancellation() ? 3 : 1];
        List<String> segments = new ArrayList<>();
        segments.add("MSH|^~\\&|CARETRAIL|" + esc(notice.facilityId()) + "|" + esc(notice.recipientId()) + "|"
                + esc(notice.recipientId()) + "|" + time(sentAt) + "||ADT^" + code + "^" + structure + "|"
                + esc(notice.notificationId()) + "|P|2.5.1");
        segments.add("EVN|" + code + "|" + time(notice.recordedAt()) + "||||" + time(notice.occurredAt()) + "|"
                + esc(notice.facilityId()));
        segments.add("PID|1||" + esc(notice.patientId()) + "^^^CARETRAIL^MR");
        String[] pv1 = new String[46];
        pv1[1] = "1";
        pv1[2] = patientClass(notice.patientClass());
        pv1[3] = "^^^" + esc(notice.facilityId());
        pv1[19] = esc(notice.episodeId());
        if (notice.disposition() != null) {
            pv1[36] = esc(notice.disposition());
        }
        if ("DISCHARGE".equals(notice.trigger()) || "TRANSFER".equals(notice.trigger())) {
            pv1[45] = time(notice.occurredAt());
        } else {
            pv1[44] = time(notice.occurredAt());
        }
        segments.add("PV1|" + join(pv1));
        if (notice.diagnosis() != null) {
            segments.add("DG1|1||" + esc(notice.diagnosis()) + "^^I10");
        }
        return String.join("\r", segments) + "\r";
    }

    private static String join(String[] fields) {
        int last = fields.length - 1;
        while (last > 1 && fields[last] == null) {
            last--;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 1; i <= last; i++) {
            joined.append(fields[i] == null ? "" : fields[i]);
            if (i < last) {
                joined.append('|');
            }
        }
        return joined.toString();
    }

    private static String patientClass(String patientClass) {
        if (patientClass == null) {
            return "";
        }
        return switch (patientClass) {
            case "EMERGENCY" -> "E";
            case "OBSERVATION" -> "O";
            default -> "I";
        };
    }

    private static String time(Instant at) {
        return HL7_TIME.format(at);
    }

    /** HL7 escapes for the delimiters, so that an id holding one cannot shift the fields after it. */
    static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\E\\");
                case '|' -> escaped.append("\\F\\");
                case '^' -> escaped.append("\\S\\");
                case '&' -> escaped.append("\\T\\");
                case '~' -> escaped.append("\\R\\");
                case '\r', '\n' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
