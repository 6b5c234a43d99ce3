package org.caretrail.projections.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.junit.jupiter.api.Test;

class FacilityCalendarTest {

    private static final FacilityCalendar CHICAGO = new FacilityCalendar(ZoneId.of("America/Chicago"),
            Set.of(LocalDate.parse("2025-12-25"), LocalDate.parse("2025-12-26")));

    @Test
    void theEndOfADayIsItsLastNanosecondInTheFacilityZone() {
        assertThat(CHICAGO.endOf(LocalDate.parse("2025-01-15"))).isEqualTo(Instant.parse("2025-01-16T05:59:59.999999999Z"));
    }

    @Test
    void aDayThatStartsDaylightSavingTimeEndsAnHourEarlierInUtc() {
        assertThat(CHICAGO.endOf(LocalDate.parse("2025-03-09"))).isEqualTo(Instant.parse("2025-03-10T04:59:59.999999999Z"));
    }

    @Test
    void businessDaysSkipWeekendsAndConsecutiveHolidays() {
        assertThat(CHICAGO.businessDaysAfter(LocalDate.parse("2025-12-24"), 2)).isEqualTo(LocalDate.parse("2025-12-30"));
    }

    @Test
    void theDischargeDayItselfIsNotCountedAsABusinessDay() {
        assertThat(CHICAGO.businessDaysAfter(LocalDate.parse("2025-03-03"), 1)).isEqualTo(LocalDate.parse("2025-03-04"));
    }

    @Test
    void rejectsCountingZeroBusinessDays() {
        assertThatThrownBy(() -> CHICAGO.businessDaysAfter(LocalDate.parse("2025-03-03"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsANonPositiveReferralResponseWindow() {
        assertThatThrownBy(() -> new ComplianceSettings(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("referralResponseWindow");
    }
}
