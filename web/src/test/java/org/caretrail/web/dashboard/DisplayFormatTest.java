package org.caretrail.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What people read on a page: codes as words with their acronyms kept, rates as percentages, times in UTC. */
class DisplayFormatTest {

    private final DisplayFormat format = new DisplayFormat();

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
}
