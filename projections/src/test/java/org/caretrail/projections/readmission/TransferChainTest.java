package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.caretrail.domain.readmission.api.ExclusionReason;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.projections.facility.Facilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransferChainTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();

    private PatientTimelineResponse evaluate(ReadmissionMeasure measure, Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), measure, at("2026-05-01T00:00:00Z"));
    }

    /**
     * An index stay at another hospital discharged between the transfer and the next admission: the stay before a
     * chain already has the chain's first admission as its readmission, so only an index stay that overlaps the chain
     * shows whether the later admission was absorbed (then it has no readmission) or not (then it is readmitted).
     */
    private static Stay overlappingIndexDischargedAt(String dischargedAt) {
        return discharged(inpatient("Y", "H9", "2026-02-28T08:00:00Z"), dischargedAt, "01");
    }

    @Test
    void aChainOfThreeHospitalsLeavesOnlyTheLastStayAsIndexStay() {
        Stay first = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T22:00:00Z", "02");
        Stay second = discharged(inpatient("B", "H2", "2026-03-04T01:00:00Z"), "2026-03-06T10:00:00Z", "66");
        Stay third = discharged(inpatient("C", "H3", "2026-03-06T15:00:00Z"), "2026-03-09T10:00:00Z", "01");
        Stay overlapping = overlappingIndexDischargedAt("2026-03-04T00:30:00Z");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, first, second, third, overlapping);

        assertExcluded(stayOf(timeline, "A"), ExclusionReason.TRANSFERRED_OUT);
        assertExcluded(stayOf(timeline, "B"), ExclusionReason.TRANSFERRED_OUT);
        assertIndexStay(stayOf(timeline, "C"), ReadmissionOutcome.NOT_READMITTED);
        assertIndexStay(stayOf(timeline, "Y"), ReadmissionOutcome.NOT_READMITTED);
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
        assertThat(stayOf(timeline, "C").readmissionOf()).isNull();
    }

    @Test
    void theFirstAdmissionOfAChainReadmitsTheIndexStayBeforeIt() {
        Stay index = discharged(inpatient("X", "H1", "2026-02-20T08:00:00Z"), "2026-03-01T10:00:00Z", "01");
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-10T08:00:00Z"), "2026-03-12T10:00:00Z", "02");
        Stay target = discharged(inpatient("B", "H2", "2026-03-12T12:00:00Z"), "2026-03-20T10:00:00Z", "01");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, index, transferred, target);

        assertIndexStay(stayOf(timeline, "X"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "X").readmissionEpisodeId()).isEqualTo("A");
        assertThat(stayOf(timeline, "A").readmissionOf()).isEqualTo("X");
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
        assertIndexStay(stayOf(timeline, "B"), ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void aTransferIntoAnObservationStayIsAChainOnlyWhenObservationStaysTakePart() {
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", "02");
        Stay observed = discharged(observation("B", "H2", "2026-03-03T12:00:00Z"), "2026-03-04T10:00:00Z", "01");
        Stay later = inpatient("C", "H2", "2026-03-10T08:00:00Z");
        Stay overlapping = overlappingIndexDischargedAt("2026-03-03T11:00:00Z");

        PatientTimelineResponse acute = evaluate(ReadmissionMeasure.ACUTE_30, transferred, observed, later, overlapping);
        PatientTimelineResponse allStays = evaluate(ReadmissionMeasure.ALL_STAYS_30, transferred, observed, later, overlapping);

        assertExcluded(stayOf(acute, "A"), ExclusionReason.TRANSFERRED_OUT);
        assertThat(stayOf(acute, "B").indexStay()).isFalse();
        assertThat(stayOf(acute, "B").exclusionReason()).isNull();
        assertThat(stayOf(acute, "Y").readmissionEpisodeId()).isEqualTo("C");

        assertExcluded(stayOf(allStays, "A"), ExclusionReason.TRANSFERRED_OUT);
        assertIndexStay(stayOf(allStays, "B"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(allStays, "B").readmissionOf()).isNull();
        assertThat(stayOf(allStays, "C").readmissionOf()).isEqualTo("B");
        assertIndexStay(stayOf(allStays, "Y"), ReadmissionOutcome.NOT_READMITTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "05", "66", "82", "85", "94"})
    void everyTransferDispositionOfTheRuleChainsTheSameDayAdmissionElsewhere(String disposition) {
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", disposition);
        Stay target = discharged(inpatient("B", "H2", "2026-03-03T15:00:00Z"), "2026-03-08T10:00:00Z", "01");
        Stay overlapping = overlappingIndexDischargedAt("2026-03-03T11:00:00Z");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, transferred, target, overlapping);

        assertExcluded(stayOf(timeline, "A"), ExclusionReason.TRANSFERRED_OUT);
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
        assertIndexStay(stayOf(timeline, "B"), ReadmissionOutcome.NOT_READMITTED);
        assertIndexStay(stayOf(timeline, "Y"), ReadmissionOutcome.NOT_READMITTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03", "04", "62", "63", "65", "70"})
    void aDischargeToACareSettingThatIsNoAcuteHospitalIsNoTransfer(String disposition) {
        Stay discharged = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", disposition);
        Stay next = discharged(inpatient("B", "H2", "2026-03-03T15:00:00Z"), "2026-03-08T10:00:00Z", "01");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, discharged, next);

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
        assertThat(stayOf(timeline, "A").daysToReadmission()).isZero();
    }

    @Test
    void anAdmissionWhoseDispositionIsNotKnownYetStillEndsTheChain() {
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", "02");
        Stay target = discharged(inpatient("B", "H2", "2026-03-04T09:00:00Z"), "2026-03-08T10:00:00Z", null);
        Stay overlapping = overlappingIndexDischargedAt("2026-03-03T11:00:00Z");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, transferred, target, overlapping);

        assertExcluded(stayOf(timeline, "A"), ExclusionReason.TRANSFERRED_OUT);
        assertExcluded(stayOf(timeline, "B"), ExclusionReason.DISPOSITION_UNKNOWN);
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
        assertIndexStay(stayOf(timeline, "Y"), ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void aTransferDispositionWithNoFollowingAdmissionIsStillTransferredOut() {
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", "05");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, transferred);

        assertExcluded(stayOf(timeline, "A"), ExclusionReason.TRANSFERRED_OUT);
    }

    @Test
    void anAdmissionElsewhereOnTheNextCalendarDayCompletesTheChain() {
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", "94");
        Stay target = discharged(inpatient("B", "H2", "2026-03-04T23:30:00Z"), "2026-03-08T10:00:00Z", "01");
        Stay overlapping = overlappingIndexDischargedAt("2026-03-03T11:00:00Z");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, transferred, target, overlapping);

        assertExcluded(stayOf(timeline, "A"), ExclusionReason.TRANSFERRED_OUT);
        assertIndexStay(stayOf(timeline, "B"), ReadmissionOutcome.NOT_READMITTED);
        assertIndexStay(stayOf(timeline, "Y"), ReadmissionOutcome.NOT_READMITTED);
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
    }

    @Test
    void anAdmissionElsewhereTwoDaysAfterATransferIsAReadmissionAndNotAChain() {
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", "02");
        Stay late = discharged(inpatient("B", "H2", "2026-03-05T00:30:00Z"), "2026-03-08T10:00:00Z", "01");
        Stay overlapping = overlappingIndexDischargedAt("2026-03-03T11:00:00Z");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, transferred, late, overlapping);

        assertExcluded(stayOf(timeline, "A"), ExclusionReason.TRANSFERRED_OUT);
        assertIndexStay(stayOf(timeline, "Y"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "B").readmissionOf()).isEqualTo("Y");
    }

    @Test
    void anAdmissionAtTheSameFacilityTheNextDayIsNotATransferChain() {
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", "02");
        Stay sameFacility = discharged(inpatient("B", "H1", "2026-03-04T08:00:00Z"), "2026-03-08T10:00:00Z", "01");
        Stay overlapping = overlappingIndexDischargedAt("2026-03-03T11:00:00Z");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, transferred, sameFacility, overlapping);

        assertExcluded(stayOf(timeline, "A"), ExclusionReason.TRANSFERRED_OUT);
        assertThat(stayOf(timeline, "B").readmissionOf()).isEqualTo("Y");
    }

    @Test
    void theTransferDayIsJudgedInEachFacilitysOwnZone() {
        ReadmissionTimelines zoned = new ReadmissionTimelines(Facilities.inZones(Map.of("NY", ZoneId.of("America/New_York"))));
        Stay transferred = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-03T10:00:00Z", "02");
        Stay target = discharged(inpatient("B", "NY", "2026-03-05T03:00:00Z"), "2026-03-08T10:00:00Z", "01");
        Stay overlapping = overlappingIndexDischargedAt("2026-03-03T11:00:00Z");

        PatientTimelineResponse timeline = zoned.evaluate(PATIENT, List.of(transferred, target, overlapping),
                ReadmissionMeasure.ACUTE_30, at("2026-05-01T00:00:00Z"));

        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
        assertIndexStay(stayOf(timeline, "Y"), ReadmissionOutcome.NOT_READMITTED);
    }
}
