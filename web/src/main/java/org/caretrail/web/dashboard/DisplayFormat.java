package org.caretrail.web.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.caretrail.projections.facility.Facilities;
import org.springframework.stereotype.Component;

/**
 * How pages write instants, rates and codes for people; templates reach it as {@code @dashboardFormat}. A time that
 * belongs to a facility (an admission, a clock's due, a stay's discharge) is written in that facility's zone with
 * the zone's abbreviation, as the people working there read their clocks; a time of no one facility (the access
 * log, HL7 messages, checkpoints, an "as of") in UTC.
 */
@Component("dashboardFormat")
public class DisplayFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Facilities facilities;

    public DisplayFormat(Facilities facilities) {
        this.facilities = facilities;
    }

    /** Minutes in UTC, or a dash for none. */
    public String at(Instant instant) {
        return in(instant, ZoneOffset.UTC);
    }

    /**
     * Minutes in the facility's zone followed by its abbreviation ({@code 2026-11-21 15:48 EST}), or a dash for none;
     * in UTC for a facility without a configured zone.
     */
    public String at(Instant instant, String facilityId) {
        return in(instant, facilities.zoneOf(facilityId));
    }

    private static String in(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "—";
        }
        boolean utc = zone.normalized().equals(ZoneOffset.UTC);
        var local = instant.atZone(zone);
        return MINUTES.format(local) + " " + (utc ? "UTC" : ZONE.format(local));
    }

    public String day(Instant instant) {
        return instant == null ? "—" : DAY.format(instant);
    }

    /** A rate as a percentage with one decimal; none when there is no denominator. */
    public String rate(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** Words that stay capitals: notices, programs, measures and places people know by their letters. */
    private static final Set<String> ACRONYMS = Set.of("IMM", "MOON", "TCM", "ED", "AMA", "SNF", "IRF", "LTCH",
            "DME", "HL7", "AMI", "HF", "PN", "COPD", "CABG", "THA", "TKA", "LACE", "ICU", "UB", "HRRP");

    /** An enum name as words: {@code NOT_READMITTED} reads "Not readmitted", {@code IMM_INITIAL} "IMM initial". */
    public String words(Object code) {
        if (code == null) {
            return "—";
        }
        String[] parts = code.toString().split("_");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String word = ACRONYMS.contains(part) ? part : part.toLowerCase(Locale.ROOT);
            if (i == 0 && !word.isEmpty()) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(i == 0 ? "" : " ").append(word);
        }
        return text.toString();
    }
}
