package org.caretrail.infra.hl7;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Writes ACK messages as ER7 text, in the sender's version: before 2.5 the error goes in MSA-3
 * and ERR-1, from 2.5 on in ERR-2 (location), ERR-3 (code), ERR-4 (severity) and ERR-8 (text).
 */
final class Acks {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ").withZone(ZoneOffset.UTC);
    private static final Pattern LOCATION = Pattern.compile("([A-Z][A-Z0-9]{2})(?:-(\\d+)(?:\\.(\\d+))?)?");
    private static final String DEFAULT_VERSION = "2.8";

    private Acks() {
    }

    /** An ACK answering the message with this header; the problem may be null for AA. */
    static String ack(MessageHeader original, AckCode code, Hl7Problem problem, String ackControlId, Instant now) {
        String version = original.version() == null || !AdtParser.VERSIONS.contains(original.version())
                ? DEFAULT_VERSION : original.version();
        boolean modernErr = !isBefore25(version);
        StringBuilder ack = new StringBuilder();
        ack.append(String.join("|", "MSH", "^~\\&",
                orDefault(original.receivingApplication(), "CARETRAIL"),
                orDefault(original.receivingFacility(), "CARETRAIL"),
                escape(original.sendingApplication()), escape(original.sendingFacility()),
                TIMESTAMP.format(now), "",
                "ACK^" + escape(original.triggerEvent()) + "^ACK",
                escape(ackControlId), orDefault(original.processingId(), "P"), version)).append('\r');
        ack.append("MSA|").append(code).append('|').append(escape(original.controlId()));
        if (problem != null && !modernErr) {
            ack.append('|').append(escape(problem.describe()));
        }
        ack.append('\r');
        if (problem != null) {
            ack.append(modernErr ? modernErr(problem) : legacyErr(problem)).append('\r');
        }
        return ack.toString();
    }

    private static String legacyErr(Hl7Problem problem) {
        return "ERR|" + location(problem.location()) + "^" + problem.error().code() + "&"
                + escape(problem.error().text()) + "&HL70357";
    }

    private static String modernErr(Hl7Problem problem) {
        String severity = problem.ack() == AckCode.AA ? "I" : "E";
        return "ERR||" + location(problem.location()) + "|" + problem.error().code() + "^"
                + escape(problem.error().text()) + "^HL70357|" + severity + "||||" + escape(problem.describe());
    }

    /** {@code PV1-19} as segment^sequence^field: one component each, as ELD and ERL both start. */
    private static String location(String location) {
        if (location == null) {
            return "";
        }
        var m = LOCATION.matcher(location);
        if (!m.matches()) {
            return "";
        }
        return m.group(2) == null ? m.group(1) + "^1" : m.group(1) + "^1^" + m.group(2);
    }

    private static boolean isBefore25(String version) {
        String[] parts = version.split("\\.");
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return Integer.parseInt(parts[0]) == 2 && minor < 5;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : escape(value);
    }

    /** Escapes text for a field with the standard encoding characters; line breaks become spaces. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\E\\");
                case '|' -> out.append("\\F\\");
                case '^' -> out.append("\\S\\");
                case '&' -> out.append("\\T\\");
                case '~' -> out.append("\\R\\");
                case '\r', '\n' -> out.append(' ');
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
