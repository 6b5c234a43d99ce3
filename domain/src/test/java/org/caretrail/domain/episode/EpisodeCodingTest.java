package org.caretrail.domain.episode;

import static org.caretrail.domain.episode.EpisodeSamples.ADMITTED;
import static org.caretrail.domain.episode.EpisodeSamples.AFTER_DISCHARGE;
import static org.caretrail.domain.episode.EpisodeSamples.BEFORE_ADMISSION;
import static org.caretrail.domain.episode.EpisodeSamples.EPISODE;
import static org.caretrail.domain.episode.EpisodeSamples.FACILITY;
import static org.caretrail.domain.episode.EpisodeSamples.PATIENT;
import static org.caretrail.domain.episode.EpisodeSamples.admitted;
import static org.caretrail.domain.episode.EpisodeSamples.discharged;
import static org.caretrail.domain.episode.InvalidFieldMatcher.invalidField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.caretrail.domain.episode.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EpisodeCodingTest {

    private static final Instant PERFORMED = Instant.parse("2026-03-02T08:00:00Z");
    private static final CodedDiagnosis SEPSIS = new CodedDiagnosis("A41.9", DiagnosisCodeSystem.ICD10CM, true, true);
    private static final CodedDiagnosis PNEUMONIA = new CodedDiagnosis("J18.9", DiagnosisCodeSystem.ICD10CM, false, null);
    private static final CodedProcedure HIP = new CodedProcedure("0SR9019", ProcedureCodeSystem.ICD10PCS, PERFORMED);

    private AggregateTestFixture<Episode> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Episode.class);
    }

    private static RecordCodingCommand code(List<CodedDiagnosis> diagnoses, List<CodedProcedure> procedures) {
        return new RecordCodingCommand(EPISODE, diagnoses, procedures, AFTER_DISCHARGE);
    }

    private static CodedDiagnosis marked(CodedDiagnosis diagnosis, boolean principal) {
        return new CodedDiagnosis(diagnosis.code(), diagnosis.system(), principal, diagnosis.presentOnAdmission());
    }

    private static EpisodeCodedEvent coded(List<CodedDiagnosis> diagnoses, List<CodedProcedure> procedures) {
        return new EpisodeCodedEvent(EPISODE, PATIENT, FACILITY, AFTER_DISCHARGE, diagnoses, procedures);
    }

    @Nested
    class Recording {

        @Test
        void aCodingOfADischargedEpisodeIsRecordedAsSent() {
            fixture.given(admitted(), discharged())
                    .when(code(List.of(SEPSIS, PNEUMONIA), List.of(HIP)))
                    .expectEvents(coded(List.of(SEPSIS, PNEUMONIA), List.of(HIP)));
        }

        @Test
        void aCodingWithoutSystemsGetsTheDefaultSystemsAndNoProcedures() {
            fixture.given(admitted())
                    .when(code(List.of(new CodedDiagnosis("I50.9", null, true, null)), null))
                    .expectEvents(coded(List.of(new CodedDiagnosis("I50.9", DiagnosisCodeSystem.ICD10CM, true, null)),
                            List.of()));
        }

        @Test
        void codesOfOtherSystemsAreKeptAsSent() {
            List<CodedDiagnosis> other = List.of(new CodedDiagnosis("428.0", DiagnosisCodeSystem.ICD9CM, true, null),
                    new CodedDiagnosis("84114007", DiagnosisCodeSystem.SNOMEDCT, false, false));
            fixture.given(admitted())
                    .when(code(other, List.of()))
                    .expectEvents(coded(other, List.of()));
        }

        @Test
        void aRevisedCodingIsRecordedAgainAndReplacesTheFirst() {
            fixture.given(admitted(), discharged(), coded(List.of(SEPSIS, PNEUMONIA), List.of()))
                    .when(code(List.of(marked(PNEUMONIA, true), marked(SEPSIS, false)), List.of()))
                    .expectEvents(coded(List.of(marked(PNEUMONIA, true), marked(SEPSIS, false)), List.of()));
        }

        @Test
        void repeatingTheCurrentCodingRecordsNothing() {
            fixture.given(admitted(), discharged(), coded(List.of(SEPSIS, PNEUMONIA), List.of(HIP)))
                    .when(new RecordCodingCommand(EPISODE, List.of(SEPSIS, PNEUMONIA), List.of(HIP),
                            AFTER_DISCHARGE.plusSeconds(60)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Rejection {

        @Test
        void aCodingWithoutAPrincipalDiagnosisIsRejected() {
            fixture.given(admitted())
                    .when(code(List.of(PNEUMONIA), List.of()))
                    .expectNoEvents()
                    .expectException(invalidField("diagnoses"));
        }

        @Test
        void aCodingWithTwoPrincipalDiagnosesIsRejected() {
            fixture.given(admitted())
                    .when(code(List.of(SEPSIS, marked(PNEUMONIA, true)), List.of()))
                    .expectNoEvents()
                    .expectException(invalidField("diagnoses"));
        }

        @Test
        void aCodingWithNoDiagnosesIsRejected() {
            fixture.given(admitted())
                    .when(code(List.of(), List.of()))
                    .expectNoEvents()
                    .expectException(invalidField("diagnoses"));
        }

        @Test
        void aMalformedIcd10CodeIsRejectedNamingTheEntry() {
            fixture.given(admitted())
                    .when(code(List.of(SEPSIS, new CodedDiagnosis("pneumonia", null, false, null)), List.of()))
                    .expectNoEvents()
                    .expectException(invalidField("diagnoses[1].code"));
        }

        @Test
        void aCodeWithSurroundingSpacesIsRejectedNotTrimmed() {
            fixture.given(admitted())
                    .when(code(List.of(new CodedDiagnosis(" I50.9", null, true, null)), List.of()))
                    .expectNoEvents()
                    .expectException(invalidField("diagnoses[0].code"));
        }

        @Test
        void aDiagnosisListedTwiceIsRejected() {
            fixture.given(admitted())
                    .when(code(List.of(SEPSIS, PNEUMONIA, PNEUMONIA), List.of()))
                    .expectNoEvents()
                    .expectException(invalidField("diagnoses[2].code"));
        }

        @Test
        void aProcedureThatIsNotIcd10PcsIsRejected() {
            fixture.given(admitted())
                    .when(code(List.of(SEPSIS), List.of(new CodedProcedure("27130", null, PERFORMED))))
                    .expectNoEvents()
                    .expectException(invalidField("procedures[0].code"));
        }

        @Test
        void aCodingWithoutItsTimeIsRejected() {
            fixture.given(admitted())
                    .when(new RecordCodingCommand(EPISODE, List.of(SEPSIS), List.of(), null))
                    .expectNoEvents()
                    .expectException(invalidField("codedAt"));
        }

        @Test
        void aCodingBeforeTheAdmissionIsRejected() {
            fixture.given(admitted())
                    .when(new RecordCodingCommand(EPISODE, List.of(SEPSIS), List.of(), BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("codedAt"));
        }

        @Test
        void aCancelledEpisodeCannotBeCoded() {
            fixture.given(admitted(), new EpisodeCancelledEvent(EPISODE, PATIENT, FACILITY, ADMITTED, "error"))
                    .when(code(List.of(SEPSIS), List.of()))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }
    }

    @Nested
    class BirthDate {

        private AdmitPatientCommand admitBornOn(LocalDate birthDate) {
            return new AdmitPatientCommand(EPISODE, PATIENT, FACILITY, PatientClass.INPATIENT, ADMITTED,
                    Payer.MEDICARE, null, null, null, false, birthDate);
        }

        @Test
        void theBirthDateTravelsWithTheAdmission() {
            fixture.givenNoPriorActivity()
                    .when(admitBornOn(LocalDate.parse("1951-03-01")))
                    .expectEvents(new PatientAdmittedEvent(EPISODE, PATIENT, FACILITY, ADMITTED,
                            PatientClass.INPATIENT, Payer.MEDICARE, null, null, null, false,
                            LocalDate.parse("1951-03-01")));
        }

        @Test
        void aNewbornMayBeBornOnTheAdmissionDate() {
            fixture.givenNoPriorActivity()
                    .when(admitBornOn(LocalDate.parse("2026-03-01")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aBirthDateAfterTheAdmissionIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(admitBornOn(LocalDate.parse("2026-03-03")))
                    .expectNoEvents()
                    .expectException(invalidField("birthDate"));
        }

        @Test
        void readmittingWithADifferentBirthDateIsAStateConflict() {
            fixture.given(new PatientAdmittedEvent(EPISODE, PATIENT, FACILITY, ADMITTED,
                            PatientClass.INPATIENT, Payer.MEDICARE, null, null, null, false,
                            LocalDate.parse("1951-03-01")))
                    .when(admitBornOn(LocalDate.parse("1951-03-02")))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }
    }
}
