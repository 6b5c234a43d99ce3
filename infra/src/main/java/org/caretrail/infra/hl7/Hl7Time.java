package org.caretrail.infra.hl7;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HL7 date/times ({@code YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+/-ZZZZ]}, TS or DTM) of any precision, from
 * the year on: a missing part is its start (a month alone is its first day at midnight). Without an offset
 * the time is in the given zone, as HL7 presumes the sender's.
 */
final class Hl7Time {

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:\\.(\\d{1,4}))?)?)?)?)?)?([+-]\\d{4})?");

    private Hl7Time() {
    }

    /** The instant, or an AE problem naming the field when the text is not an HL7 date/time. */
    static Instant parse(String text, ZoneId zone, String location) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw Hl7Problem.refused(ErrorCode.DATA_TYPE_ERROR, location,
                    "'" + text + "' is not an HL7 date/time (YYYYMMDD[HHMM[SS]][+/-ZZZZ])");
        }
        try {
            LocalDateTime local = LocalDateTime.of(number(m, 1), numberOr(m, 2, 1), numberOr(m, 3, 1),
                    number(m, 4), number(m, 5), number(m, 6), nanos(m.group(7)));
            ZoneId in = m.group(8) == null ? zone : ZoneOffset.of(m.group(8));
            return local.atZone(in).toInstant();
        } catch (DateTimeException e) {
            throw Hl7Problem.refused(ErrorCode.DATA_TYPE_ERROR, location,
                    "'" + text + "' is not a valid date/time: " + e.getMessage());
        }
    }

    /** The offset a time carries, if it has one: MSH-7's names the sender's zone. */
    static ZoneId offsetOr(String text, ZoneId fallback) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        return m.matches() && m.group(8) != null ? ZoneOffset.of(m.group(8)) : fallback;
    }

    private static int numberOr(Matcher m, int group, int absent) {
        return m.group(group) == null ? absent : Integer.parseInt(m.group(group));
    }

    private static int number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }
}
