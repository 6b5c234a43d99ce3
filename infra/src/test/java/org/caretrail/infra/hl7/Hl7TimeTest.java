package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class Hl7TimeTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void aTimeWithoutOffsetIsInTheGivenZone() {
        assertThat(Hl7Time.parse("202601151030", CHICAGO, "EVN-6")).isEqualTo(Instant.parse("2026-01-15T16:30:00Z"));
        assertThat(Hl7Time.parse("20260715103000", CHICAGO, "EVN-6")).isEqualTo(Instant.parse("2026-07-15T15:30:00Z"));
    }

    @Test
    void anOffsetInTheTextWinsOverTheZone() {
        assertThat(Hl7Time.parse("20260715103000.25+0200", CHICAGO, "EVN-6"))
                .isEqualTo(Instant.parse("2026-07-15T08:30:00.250Z"));
    }

    @Test
    void aDateAloneIsTheStartOfThatDay() {
        assertThat(Hl7Time.parse("20260715", ZoneId.of("UTC"), "PV1-45")).isEqualTo(Instant.parse("2026-07-15T00:00:00Z"));
    }

    @Test
    void theSendersZoneComesFromMsh7WhenItHasAnOffset() {
        assertThat(Hl7Time.offsetOr("20260715103000-0400", CHICAGO)).isEqualTo(ZoneId.of("-04:00"));
        assertThat(Hl7Time.offsetOr("20260715103000", CHICAGO)).isEqualTo(CHICAGO);
    }

    @Test
    void textThatIsNoHl7TimeIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Hl7Time.parse("2026-07-15T10:30", CHICAGO, "PV1-45"))
                .isInstanceOfSatisfying(Hl7Problem.class, p -> {
                    assertThat(p.ack()).isEqualTo(AckCode.AE);
                    assertThat(p.location()).isEqualTo("PV1-45");
                });
        assertThatThrownBy(() -> Hl7Time.parse("20261345", CHICAGO, "EVN-6")).isInstanceOf(Hl7Problem.class);
    }
}
