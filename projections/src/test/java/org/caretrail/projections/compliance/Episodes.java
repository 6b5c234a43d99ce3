package org.caretrail.projections.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.episode.api.NoticeOutcome;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.projections.facility.FacilityCalendar;

/** Fixed episodes and instants for the clock tests: March 2025, Monday the 3rd, facility in UTC unless said. */
final class Episodes {

    static final Instant MONDAY_10 = Instant.parse("2025-03-03T10:00:00Z");
    static final FacilityCalendar UTC = FacilityCalendar.utc();
    static final FacilityCalendar CHICAGO = new FacilityCalendar(ZoneId.of("America/Chicago"), Set.of());
    static final ComplianceSettings SETTINGS = ComplianceSettings.defaults();

    private Episodes() {
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static Instant hoursAfter(Instant start, long hours) {
        return start.plus(Duration.ofHours(hours));
    }

    static ClockFacts admitted(Payer payer, PatientClass patientClass, Instant admittedAt) {
        return ClockFacts.admitted("episode-1", "patient-1", "facility-1", payer, patientClass, admittedAt);
    }

    static ClockFacts medicareInpatient(Instant admittedAt) {
        return admitted(Payer.MEDICARE, PatientClass.INPATIENT, admittedAt);
    }

    static Notice imm(Instant deliveredAt) {
        return new Notice(NoticeType.IMM, NoticeOutcome.SIGNED, deliveredAt);
    }

    static Notice moon(Instant deliveredAt) {
        return new Notice(NoticeType.MOON, NoticeOutcome.SIGNED, deliveredAt);
    }

    static ClockResult clock(ClockFacts facts, ComplianceClock clock, Instant asOf) {
        return clock(facts, UTC, clock, asOf);
    }

    static ClockResult clock(ClockFacts facts, FacilityCalendar calendar, ComplianceClock clock, Instant asOf) {
        return ComplianceEvaluator.evaluate(facts, calendar, SETTINGS, asOf).stream()
                .filter(result -> result.clock() == clock)
                .findFirst()
                .orElseThrow();
    }

    static ClockResult referralClock(ClockFacts facts, ComplianceSettings settings, ComplianceClock clock,
                                     String referralId, Instant asOf) {
        return ComplianceEvaluator.evaluate(facts, UTC, settings, asOf).stream()
                .filter(result -> result.clock() == clock && referralId.equals(result.referralId()))
                .findFirst()
                .orElseThrow();
    }
}
