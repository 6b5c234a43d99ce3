package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayDetailsFixtures.admittedFrom;
import static org.caretrail.projections.readmission.StayDetailsFixtures.coded;
import static org.caretrail.projections.readmission.StayFixtures.PATIENT;
import static org.caretrail.projections.readmission.StayFixtures.at;
import static org.caretrail.projections.readmission.StayFixtures.discharged;
import static org.caretrail.projections.readmission.StayFixtures.emergency;
import static org.caretrail.projections.readmission.StayFixtures.inpatient;
import static org.caretrail.projections.readmission.StayFixtures.observation;
import static org.caretrail.projections.readmission.StayFixtures.stayOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.caretrail.domain.risk.api.LaceScore;
import org.junit.jupiter.api.Test;

/** Stay metrics and LACE on the timeline: each stay among the patient's other stays at any facility. */
class StayFiguresTimelineTest {

    private static final Instant AS_OF = at("2026-12-31T00:00:00Z");
    private final ReadmissionTimelines timelines = new ReadmissionTimelines();

    private TimelineStayView judged(String episodeId, Instant asOf, Stay... stays) {
        return stayOf(timelines.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, asOf), episodeId);
    }

    private static Stay index(String dischargedAt) {
        return discharged(inpatient("IDX", "F1", "2026-09-01T10:00:00Z"), dischargedAt, "01");
    }

    private static Stay edVisit(String id, String facility, String admittedAt) {
        return discharged(emergency(id, facility, admittedAt), at(admittedAt).plusSeconds(3600).toString(), "01");
    }

    @Test
    void lengthOfStayThreeDaysScoresThreeAndFourDaysScoresFour() {
        assertThat(judged("IDX", AS_OF, index("2026-09-04T09:00:00Z")).lace().lengthOfStay()).isEqualTo(3);
        assertThat(judged("IDX", AS_OF, index("2026-09-05T09:00:00Z")).lace().lengthOfStay()).isEqualTo(4);
        assertThat(judged("IDX", AS_OF, index("2026-09-05T09:00:00Z")).lengthOfStayDays()).isEqualTo(4);
    }

    @Test
    void lengthOfStayThirteenDaysScoresFiveAndFourteenScoresSeven() {
        assertThat(judged("IDX", AS_OF, index("2026-09-14T09:00:00Z")).lace().lengthOfStay()).isEqualTo(5);
        assertThat(judged("IDX", AS_OF, index("2026-09-15T09:00:00Z")).lace().lengthOfStay()).isEqualTo(7);
    }

    @Test
    void anActiveStayIsScoredUpToAsOf() {
        TimelineStayView active = judged("IDX", at("2026-09-03T12:00:00Z"), inpatient("IDX", "F1",
                "2026-09-01T10:00:00Z"));
        assertThat(active.lengthOfStayDays()).isEqualTo(2);
        assertThat(active.lace().lengthOfStay()).isEqualTo(2);
    }

    @Test
    void anEdVisitExactlySixMonthsBeforeTheAdmissionDateCounts() {
        TimelineStayView stay = judged("IDX", AS_OF, index("2026-09-02T10:00:00Z"),
                edVisit("ED1", "F2", "2026-03-01T15:00:00Z"));
        assertThat(stay.lace().emergencyVisits()).isEqualTo(1);
    }

    @Test
    void anEdVisitOneDayMoreThanSixMonthsBeforeDoesNotCount() {
        TimelineStayView stay = judged("IDX", AS_OF, index("2026-09-02T10:00:00Z"),
                edVisit("ED1", "F2", "2026-02-28T15:00:00Z"));
        assertThat(stay.lace().emergencyVisits()).isZero();
    }

    @Test
    void anEdVisitOnTheAdmissionDateIsNotCountedAndOneTheDayBeforeIs() {
        // "before the admission date": the ED visit that led to this admission, hours earlier, is not a prior visit
        TimelineStayView sameDay = judged("IDX", AS_OF, index("2026-09-04T09:00:00Z"),
                edVisit("ED1", "F1", "2026-09-01T02:00:00Z"));
        assertThat(sameDay.lace().emergencyVisits()).isZero();
        TimelineStayView dayBefore = judged("IDX", AS_OF, index("2026-09-04T09:00:00Z"),
                edVisit("ED1", "F1", "2026-08-31T20:00:00Z"));
        assertThat(dayBefore.lace().emergencyVisits()).isEqualTo(1);
    }

    @Test
    void aCancelledEdVisitNeverCounts() {
        TimelineStayView stay = judged("IDX", AS_OF, index("2026-09-02T10:00:00Z"),
                edVisit("ED1", "F1", "2026-05-01T15:00:00Z").asCancelled(),
                edVisit("ED2", "F3", "2026-06-01T15:00:00Z"));
        assertThat(stay.lace().emergencyVisits()).isEqualTo(1);
    }

    @Test
    void edVisitsAtEveryFacilityCountUpToFourPoints() {
        List<Stay> stays = new ArrayList<>(List.of(index("2026-09-02T10:00:00Z")));
        for (int month = 3; month <= 8; month++) {
            stays.add(edVisit("ED" + month, "F" + month, "2026-0" + month + "-10T15:00:00Z"));
        }
        TimelineStayView stay = judged("IDX", AS_OF, stays.toArray(Stay[]::new));
        assertThat(stay.lace().emergencyVisits()).isEqualTo(4);
    }

    @Test
    void anEpisodeThatBeganInTheEmergencyDepartmentIsAnAcuteAdmission() {
        Stay viaEd = discharged(emergency("IDX", "F1", "2026-09-01T10:00:00Z")
                .withClassChange(PatientClass.INPATIENT, at("2026-09-01T16:00:00Z")), "2026-09-03T10:00:00Z", "01");
        Stay viaSource = admittedFrom(index("2026-09-03T10:00:00Z"), "7");
        assertThat(judged("IDX", AS_OF, viaEd).lace().acuity()).isEqualTo(3);
        assertThat(judged("IDX", AS_OF, viaSource).lace().acuity()).isEqualTo(3);
        assertThat(judged("IDX", AS_OF, index("2026-09-03T10:00:00Z")).lace().acuity()).isZero();
    }

    @Test
    void anAdmitSourceOfEmergencyInWordsIsAnAcuteAdmissionAndAnyOtherSourceIsNot() {
        assertThat(judged("IDX", AS_OF, admittedFrom(index("2026-09-03T10:00:00Z"), "EMERGENCY")).lace().acuity())
                .isEqualTo(3);
        assertThat(judged("IDX", AS_OF, admittedFrom(index("2026-09-03T10:00:00Z"), "1")).lace().acuity()).isZero();
    }

    @Test
    void anObservationStayIsScoredLikeAnInpatientStay() {
        Stay observed = discharged(observation("IDX", "F1", "2026-09-01T10:00:00Z"), "2026-09-02T20:00:00Z", "01");

        LaceScore lace = judged("IDX", AS_OF, observed).lace();

        assertThat(lace).isNotNull();
        assertThat(lace.lengthOfStay()).isEqualTo(1);
        assertThat(lace.score()).isEqualTo(1);
        assertThat(lace.band().name()).isEqualTo("LOW");
    }

    @Test
    void theCharlsonIndexUsesTheCodingElseTheWorkingPrincipal() {
        Stay working = StayFixtures.withDiagnosis(index("2026-09-03T10:00:00Z"), "I50.9");
        LaceScore fromWorking = judged("IDX", AS_OF, working).lace();
        LaceScore fromCoding = judged("IDX", AS_OF, coded(working, "I21.4", "E11.22", "N18.4")).lace();

        assertThat(fromWorking.charlsonConditions()).containsExactly("HEART_FAILURE");
        assertThat(fromCoding.charlsonConditions())
                .containsExactly("MYOCARDIAL_INFARCTION", "DIABETES_WITH_CHRONIC_COMPLICATION", "RENAL_DISEASE");
        assertThat(fromCoding.comorbidity()).isEqualTo(5);
    }

    @Test
    void observationHoursAreSummedAcrossClassChanges() {
        Stay stay = discharged(observation("IDX", "F1", "2026-09-01T10:00:00Z")
                .withClassChange(PatientClass.INPATIENT, at("2026-09-02T12:00:00Z"))
                .withClassChange(PatientClass.OBSERVATION, at("2026-09-03T08:00:00Z")),
                "2026-09-03T14:30:00Z", "01");
        assertThat(judged("IDX", AS_OF, stay).observationHours()).isEqualTo(32.5);
    }

    @Test
    void anEdVisitHasNoLaceScore() {
        TimelineStayView visit = judged("ED1", AS_OF, edVisit("ED1", "F1", "2026-05-01T15:00:00Z"));
        assertThat(visit.lace()).isNull();
        assertThat(visit.lengthOfStayDays()).isZero();
    }
}
