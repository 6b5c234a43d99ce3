package org.caretrail.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.caretrail.projections.facility.Facilities;
import org.junit.jupiter.api.Test;

/**
 * What people read on a page: codes as words with their acronyms kept, rates as percentages, a facility's times in
 * its zone and the others in UTC.
 */
class DisplayFormatTest {

    private final DisplayFormat format = new DisplayFormat(Facilities.inZones(Map.of(
            "F-NY", ZoneId.of("America/New_York"), "F-CHI", ZoneId.of("America/Chicago"))));

    @Test
    void codesReadAsWordsWithTheirAcronymsKept() {
        assertThat(format.words("NOT_READMITTED")).isEqualTo("Not readmitted");
        assertThat(format.words("IMM_INITIAL")).isEqualTo("IMM initial");
        assertThat(format.words("TCM_CONTACT")).isEqualTo("TCM contact");
        assertThat(format.words("MOON")).isEqualTo("MOON");
        assertThat(format.words("OBSERVATION_48H")).isEqualTo("Observation 48h");
        assertThat(format.words(null)).isEqualTo("—");
    }

    @Test
    void ratesArePercentagesWithOneDecimalAndNoneWithoutADenominator() {
        assertThat(format.rate(0.16943)).isEqualTo("16.9%");
        assertThat(format.rate(1.0)).isEqualTo("100.0%");
        assertThat(format.rate(null)).isEqualTo("—");
    }

    @Test
    void instantsAreMinutesInUtc() {
        assertThat(format.at(Instant.parse("2026-03-01T10:05:59Z"))).isEqualTo("2026-03-01 10:05 UTC");
        assertThat(format.day(Instant.parse("2026-03-01T23:59:00Z"))).isEqualTo("2026-03-01");
        assertThat(format.at(null)).isEqualTo("—");
    }

    @Test
    void aFacilitysTimesAreWrittenInItsZoneWithTheAbbreviationOfTheSeason() {
        assertThat(format.at(Instant.parse("2026-11-21T20:48:00Z"), "F-NY")).isEqualTo("2026-11-21 15:48 EST");
        assertThat(format.at(Instant.parse("2026-07-21T20:48:00Z"), "F-NY")).isEqualTo("2026-07-21 16:48 EDT");
        // the local date can be the day before the UTC one
        assertThat(format.at(Instant.parse("2026-07-22T02:30:00Z"), "F-CHI")).isEqualTo("2026-07-21 21:30 CDT");
        assertThat(format.at(null, "F-NY")).isEqualTo("—");
    }

    @Test
    void aFacilityWithoutAConfiguredZoneIsWrittenInUtc() {
        assertThat(format.at(Instant.parse("2026-03-01T10:05:00Z"), "F-ELSEWHERE")).isEqualTo("2026-03-01 10:05 UTC");
        assertThat(format.at(Instant.parse("2026-03-01T10:05:00Z"), null)).isEqualTo("2026-03-01 10:05 UTC");
    }
}
