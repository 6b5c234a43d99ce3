package org.caretrail.domain.episode;

import static org.caretrail.domain.episode.EpisodeSamples.ADMITTED;
import static org.caretrail.domain.episode.EpisodeSamples.AFTER_DISCHARGE;
import static org.caretrail.domain.episode.EpisodeSamples.BEFORE_ADMISSION;
import static org.caretrail.domain.episode.EpisodeSamples.DAY_2;
import static org.caretrail.domain.episode.EpisodeSamples.DAY_3;
import static org.caretrail.domain.episode.EpisodeSamples.DISCHARGED;
import static org.caretrail.domain.episode.EpisodeSamples.EPISODE;
import static org.caretrail.domain.episode.EpisodeSamples.FACILITY;
import static org.caretrail.domain.episode.EpisodeSamples.PATIENT;
import static org.caretrail.domain.episode.EpisodeSamples.PROVIDER;
import static org.caretrail.domain.episode.EpisodeSamples.REFERRAL;
import static org.caretrail.domain.episode.EpisodeSamples.admit;
import static org.caretrail.domain.episode.EpisodeSamples.admitted;
import static org.caretrail.domain.episode.EpisodeSamples.discharged;
import static org.caretrail.domain.episode.EpisodeSamples.referralPlaced;
import static org.caretrail.domain.episode.InvalidFieldMatcher.invalidField;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.caretrail.domain.episode.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EpisodeTest {

    private AggregateTestFixture<Episode> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Episode.class);
    }

    @Nested
    class Admission {

        @Test
        void admittingANewEpisodeRecordsTheAdmission() {
            fixture.givenNoPriorActivity()
                    .when(admit())
                    .expectEvents(admitted());
        }

        @Test
        void admittingTheSameEpisodeAgainWithIdenticalContentRecordsNothing() {
            fixture.given(admitted())
                    .when(admit())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void admittingTheSameEpisodeAgainWithDifferentContentIsAStateConflict() {
            AdmitPatientCommand otherClass = new AdmitPatientCommand(EPISODE, PATIENT, FACILITY,
                    PatientClass.OBSERVATION, ADMITTED, Payer.MEDICARE, "EMERGENCY_ROOM", "4W",
                    "I50.9", false);
            fixture.given(admitted())
                    .when(otherClass)
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void admittingACancelledEpisodeAgainIsAStateConflict() {
            fixture.given(admitted(), cancelled())
                    .when(admit())
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void anAdmissionWithoutOptionalDetailsIsRecorded() {
            fixture.givenNoPriorActivity()
                    .when(new AdmitPatientCommand(EPISODE, PATIENT, FACILITY,
                            PatientClass.EMERGENCY, ADMITTED, null, null, null, null, true))
                    .expectEvents(new PatientAdmittedEvent(EPISODE, PATIENT, FACILITY, ADMITTED,
                            PatientClass.EMERGENCY, null, null, null, null, true));
        }

        @Test
        void anAdmissionWithoutPatientIdIsRejectedNamingPatientId() {
            fixture.givenNoPriorActivity()
                    .when(new AdmitPatientCommand(EPISODE, null, FACILITY, PatientClass.INPATIENT,
                            ADMITTED, null, null, null, null, false))
                    .expectNoEvents()
                    .expectException(invalidField("patientId"));
        }

        @Test
        void anAdmissionWithABlankFacilityIdIsRejectedNamingFacilityId() {
            fixture.givenNoPriorActivity()
                    .when(new AdmitPatientCommand(EPISODE, PATIENT, " ", PatientClass.INPATIENT,
                            ADMITTED, null, null, null, null, false))
                    .expectNoEvents()
                    .expectException(invalidField("facilityId"));
        }

        @Test
        void anAdmissionWithoutPatientClassIsRejectedNamingPatientClass() {
            fixture.givenNoPriorActivity()
                    .when(new AdmitPatientCommand(EPISODE, PATIENT, FACILITY, null, ADMITTED,
                            null, null, null, null, false))
                    .expectNoEvents()
                    .expectException(invalidField("patientClass"));
        }

        @Test
        void anAdmissionWithoutAdmittedAtIsRejectedNamingAdmittedAt() {
            fixture.givenNoPriorActivity()
                    .when(new AdmitPatientCommand(EPISODE, PATIENT, FACILITY,
                            PatientClass.INPATIENT, null, null, null, null, null, false))
                    .expectNoEvents()
                    .expectException(invalidField("admittedAt"));
        }

        @Test
        void anAdmissionWithABlankPrincipalDiagnosisIsRejectedNamingIt() {
            fixture.givenNoPriorActivity()
                    .when(new AdmitPatientCommand(EPISODE, PATIENT, FACILITY,
                            PatientClass.INPATIENT, ADMITTED, null, null, null, "", false))
                    .expectNoEvents()
                    .expectException(invalidField("principalDiagnosis"));
        }

        @Test
        void aCommandForAnUnknownEpisodeFailsAsNotFound() {
            fixture.givenNoPriorActivity()
                    .when(new DeliverNoticeCommand(EPISODE, NoticeType.IMM, NoticeOutcome.SIGNED, DAY_2))
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class ClassChanges {

        @Test
        void changingThePatientClassRecordsTheOldAndTheNewClass() {
            fixture.given(admitted(PatientClass.EMERGENCY))
                    .when(new ChangePatientClassCommand(EPISODE, PatientClass.OBSERVATION, DAY_2))
                    .expectEvents(classChanged(DAY_2, PatientClass.EMERGENCY, PatientClass.OBSERVATION));
        }

        @Test
        void changingToTheClassAlreadyInEffectIsAnIdempotentNoOp() {
            fixture.given(admitted(PatientClass.INPATIENT))
                    .when(new ChangePatientClassCommand(EPISODE, PatientClass.INPATIENT, DAY_2))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aLateClassChangeWithAnEarlierTimeStartsFromTheClassInEffectAtThatTime() {
            fixture.given(admitted(PatientClass.EMERGENCY),
                            classChanged(DAY_3, PatientClass.EMERGENCY, PatientClass.INPATIENT))
                    .when(new ChangePatientClassCommand(EPISODE, PatientClass.OBSERVATION, DAY_2))
                    .expectEvents(classChanged(DAY_2, PatientClass.EMERGENCY, PatientClass.OBSERVATION));
        }

        @Test
        void aClassChangeDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted(PatientClass.EMERGENCY))
                    .when(new ChangePatientClassCommand(EPISODE, PatientClass.INPATIENT, BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }

        @Test
        void aClassChangeWithoutPatientClassIsRejectedNamingPatientClass() {
            fixture.given(admitted())
                    .when(new ChangePatientClassCommand(EPISODE, null, DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("patientClass"));
        }

        @Test
        void theClassOfADischargedEpisodeCannotChange() {
            fixture.given(admitted(), discharged())
                    .when(new ChangePatientClassCommand(EPISODE, PatientClass.OBSERVATION, DAY_2))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }
    }

    @Nested
    class Transfers {

        @Test
        void aTransferRecordsTheUnitLeftAndTheUnitEntered() {
            fixture.given(admitted())
                    .when(new TransferPatientCommand(EPISODE, "ICU", DAY_2))
                    .expectEvents(transferred(DAY_2, "4W", "ICU"));
        }

        @Test
        void aTransferToTheCurrentUnitIsAnIdempotentNoOp() {
            fixture.given(admitted())
                    .when(new TransferPatientCommand(EPISODE, "4W", DAY_2))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aTransferDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted())
                    .when(new TransferPatientCommand(EPISODE, "ICU", BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }

        @Test
        void aTransferWithoutTargetUnitIsRejectedNamingToUnit() {
            fixture.given(admitted())
                    .when(new TransferPatientCommand(EPISODE, "", DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("toUnit"));
        }

        @Test
        void aDischargedPatientCannotBeTransferred() {
            fixture.given(admitted(), discharged())
                    .when(new TransferPatientCommand(EPISODE, "ICU", AFTER_DISCHARGE))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void cancellingATransferMovesThePatientBackToThePreviousUnit() {
            fixture.given(admitted(), transferred(DAY_2, "4W", "ICU"))
                    .when(new CancelTransferCommand(EPISODE, "wrong bed", DAY_3))
                    .expectEvents(new TransferCancelledEvent(EPISODE, PATIENT, FACILITY, DAY_3,
                            "ICU", "4W", "wrong bed"));
        }

        @Test
        void cancellingTwoTransfersWalksBackThroughBothUnits() {
            fixture.given(admitted(), transferred(DAY_2, "4W", "ICU"), transferred(DAY_2, "ICU", "5E"),
                            new TransferCancelledEvent(EPISODE, PATIENT, FACILITY, DAY_3, "5E", "ICU", null))
                    .when(new CancelTransferCommand(EPISODE, null, DAY_3))
                    .expectEvents(new TransferCancelledEvent(EPISODE, PATIENT, FACILITY, DAY_3,
                            "ICU", "4W", null));
        }

        @Test
        void aTransferCancellationWithoutAnyTransferIsAStateConflict() {
            fixture.given(admitted())
                    .when(new CancelTransferCommand(EPISODE, null, DAY_2))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void aTransferCannotBeCancelledTwice() {
            fixture.given(admitted(), transferred(DAY_2, "4W", "ICU"),
                            new TransferCancelledEvent(EPISODE, PATIENT, FACILITY, DAY_3, "ICU", "4W", null))
                    .when(new CancelTransferCommand(EPISODE, null, DAY_3))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void aTransferCancellationDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted(), transferred(DAY_2, "4W", "ICU"))
                    .when(new CancelTransferCommand(EPISODE, null, BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }
    }

    @Nested
    class Planning {

        @Test
        void assigningACaseManagerIsRecorded() {
            fixture.given(admitted())
                    .when(new AssignCaseManagerCommand(EPISODE, "cm-3", DAY_2))
                    .expectEvents(new CaseManagerAssignedEvent(EPISODE, PATIENT, FACILITY, DAY_2, "cm-3"));
        }

        @Test
        void aCaseManagerCanStillBeAssignedAfterDischarge() {
            fixture.given(admitted(), discharged())
                    .when(new AssignCaseManagerCommand(EPISODE, "cm-3", AFTER_DISCHARGE))
                    .expectEvents(new CaseManagerAssignedEvent(EPISODE, PATIENT, FACILITY,
                            AFTER_DISCHARGE, "cm-3"));
        }

        @Test
        void aCaseManagerAssignmentWithoutIdIsRejectedNamingCaseManagerId() {
            fixture.given(admitted())
                    .when(new AssignCaseManagerCommand(EPISODE, null, DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("caseManagerId"));
        }

        @Test
        void aCaseManagerAssignmentDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted())
                    .when(new AssignCaseManagerCommand(EPISODE, "cm-3", BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }

        @Test
        void aNeedsAssessmentWithoutSupportSystemsRecordsAnEmptyList() {
            fixture.given(admitted())
                    .when(new RecordNeedsAssessmentCommand(EPISODE, List.of("lives alone"), null, DAY_2))
                    .expectEvents(new NeedsAssessmentRecordedEvent(EPISODE, PATIENT, FACILITY, DAY_2,
                            List.of("lives alone"), List.of()));
        }

        @Test
        void aNeedsAssessmentWithoutBarriersIsRejectedNamingBarriers() {
            fixture.given(admitted())
                    .when(new RecordNeedsAssessmentCommand(EPISODE, null, List.of("daughter"), DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("barriers"));
        }

        @Test
        void aNeedsAssessmentWithABlankSupportSystemIsRejectedNamingSupportSystems() {
            fixture.given(admitted())
                    .when(new RecordNeedsAssessmentCommand(EPISODE, List.of(), List.of(" "), DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("supportSystems"));
        }

        @Test
        void aPostAcuteChoiceRecordsTheOfferedProvidersAndTheSelection() {
            fixture.given(admitted())
                    .when(new DocumentPostAcuteChoiceCommand(EPISODE, List.of("snf-7", "snf-8"), "snf-7", DAY_2))
                    .expectEvents(new PostAcuteChoiceDocumentedEvent(EPISODE, PATIENT, FACILITY, DAY_2,
                            List.of("snf-7", "snf-8"), "snf-7"));
        }

        @Test
        void aPostAcuteChoiceOfferingNoProviderIsRejectedNamingOfferedProviderIds() {
            fixture.given(admitted())
                    .when(new DocumentPostAcuteChoiceCommand(EPISODE, List.of(), null, DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("offeredProviderIds"));
        }

        @Test
        void aPostAcuteChoiceDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted())
                    .when(new DocumentPostAcuteChoiceCommand(EPISODE, List.of("snf-7"), null, BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }

        @Test
        void educationIsRecordedWithItsTeachBackResult() {
            fixture.given(admitted())
                    .when(new RecordEducationCommand(EPISODE, "heart failure diet", true, DAY_2))
                    .expectEvents(new EducationRecordedEvent(EPISODE, PATIENT, FACILITY, DAY_2,
                            "heart failure diet", true));
        }

        @Test
        void educationWithoutTopicIsRejectedNamingTopic() {
            fixture.given(admitted())
                    .when(new RecordEducationCommand(EPISODE, " ", true, DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("topic"));
        }

        @Test
        void educationDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted())
                    .when(new RecordEducationCommand(EPISODE, "diet", false, BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }
    }

    @Nested
    class Referrals {

        @Test
        void placingAReferralIsRecorded() {
            fixture.given(admitted())
                    .when(new PlaceReferralCommand(EPISODE, REFERRAL, ServiceType.SNF, PROVIDER, DAY_2))
                    .expectEvents(referralPlaced());
        }

        @Test
        void placingTheSameReferralAgainWithIdenticalContentRecordsNothing() {
            fixture.given(admitted(), referralPlaced())
                    .when(new PlaceReferralCommand(EPISODE, REFERRAL, ServiceType.SNF, PROVIDER, DAY_2))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void placingAnExistingReferralIdWithDifferentContentIsAStateConflict() {
            fixture.given(admitted(), referralPlaced())
                    .when(new PlaceReferralCommand(EPISODE, REFERRAL, ServiceType.SNF, "snf-8", DAY_2))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void aReferralDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted())
                    .when(new PlaceReferralCommand(EPISODE, REFERRAL, ServiceType.SNF, PROVIDER, BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }

        @Test
        void aReferralWithoutServiceTypeIsRejectedNamingServiceType() {
            fixture.given(admitted())
                    .when(new PlaceReferralCommand(EPISODE, REFERRAL, null, PROVIDER, DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("serviceType"));
        }

        @Test
        void aReferralCanBePlacedAfterDischargeAsLateDocumentation() {
            fixture.given(admitted(), discharged())
                    .when(new PlaceReferralCommand(EPISODE, REFERRAL, ServiceType.HOME_HEALTH, "hh-1", DAY_3))
                    .expectEvents(new ReferralPlacedEvent(EPISODE, PATIENT, FACILITY, DAY_3, REFERRAL,
                            ServiceType.HOME_HEALTH, "hh-1"));
        }

        @Test
        void acceptingAPlacedReferralRecordsItsServiceAndProvider() {
            fixture.given(admitted(), referralPlaced())
                    .when(new AcceptReferralCommand(EPISODE, REFERRAL, DAY_3))
                    .expectEvents(new ReferralAcceptedEvent(EPISODE, PATIENT, FACILITY, DAY_3, REFERRAL,
                            ServiceType.SNF, PROVIDER));
        }

        @Test
        void decliningAPlacedReferralRecordsTheReason() {
            fixture.given(admitted(), referralPlaced())
                    .when(new DeclineReferralCommand(EPISODE, REFERRAL, "no bed", DAY_3))
                    .expectEvents(new ReferralDeclinedEvent(EPISODE, PATIENT, FACILITY, DAY_3, REFERRAL,
                            ServiceType.SNF, PROVIDER, "no bed"));
        }

        @Test
        void aDeclineWithoutReasonIsRejectedNamingReason() {
            fixture.given(admitted(), referralPlaced())
                    .when(new DeclineReferralCommand(EPISODE, REFERRAL, null, DAY_3))
                    .expectNoEvents()
                    .expectException(invalidField("reason"));
        }

        @Test
        void cancellingAPlacedReferralIsRecorded() {
            fixture.given(admitted(), referralPlaced())
                    .when(new CancelReferralCommand(EPISODE, REFERRAL, null, DAY_3))
                    .expectEvents(new ReferralCancelledEvent(EPISODE, PATIENT, FACILITY, DAY_3, REFERRAL,
                            ServiceType.SNF, PROVIDER, null));
        }

        @Test
        void answeringAnUnknownReferralFailsAsReferralNotFound() {
            fixture.given(admitted(), referralPlaced())
                    .when(new AcceptReferralCommand(EPISODE, "ref-404", DAY_3))
                    .expectNoEvents()
                    .expectException(ReferralNotFoundException.class);
        }

        @Test
        void anAcceptedReferralCannotBeAcceptedAgain() {
            fixture.given(admitted(), referralPlaced(), accepted())
                    .when(new AcceptReferralCommand(EPISODE, REFERRAL, DAY_3))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void anAcceptedReferralCannotBeCancelled() {
            fixture.given(admitted(), referralPlaced(), accepted())
                    .when(new CancelReferralCommand(EPISODE, REFERRAL, "changed mind", DAY_3))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void aCancelledReferralCannotBeDeclined() {
            fixture.given(admitted(), referralPlaced(), new ReferralCancelledEvent(EPISODE, PATIENT,
                            FACILITY, DAY_3, REFERRAL, ServiceType.SNF, PROVIDER, null))
                    .when(new DeclineReferralCommand(EPISODE, REFERRAL, "no bed", DAY_3))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void aReferralCannotBeAnsweredBeforeItWasPlaced() {
            fixture.given(admitted(), referralPlaced())
                    .when(new AcceptReferralCommand(EPISODE, REFERRAL, ADMITTED))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }

        @Test
        void aReferralAnswerDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted(), referralPlaced())
                    .when(new AcceptReferralCommand(EPISODE, REFERRAL, BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }

        @Test
        void aReferralCanBeAnsweredAfterDischarge() {
            fixture.given(admitted(), referralPlaced(), discharged())
                    .when(new AcceptReferralCommand(EPISODE, REFERRAL, AFTER_DISCHARGE))
                    .expectEvents(new ReferralAcceptedEvent(EPISODE, PATIENT, FACILITY, AFTER_DISCHARGE,
                            REFERRAL, ServiceType.SNF, PROVIDER));
        }

        private ReferralAcceptedEvent accepted() {
            return new ReferralAcceptedEvent(EPISODE, PATIENT, FACILITY, DAY_3, REFERRAL,
                    ServiceType.SNF, PROVIDER);
        }
    }

    @Nested
    class Notices {

        @Test
        void deliveringANoticeRecordsItsOutcome() {
            fixture.given(admitted())
                    .when(new DeliverNoticeCommand(EPISODE, NoticeType.IMM, NoticeOutcome.REFUSED, DAY_2))
                    .expectEvents(new NoticeDeliveredEvent(EPISODE, PATIENT, FACILITY, DAY_2,
                            NoticeType.IMM, NoticeOutcome.REFUSED));
        }

        @Test
        void aNoticeCanBeDocumentedAfterDischarge() {
            fixture.given(admitted(), discharged())
                    .when(new DeliverNoticeCommand(EPISODE, NoticeType.IMM, NoticeOutcome.SIGNED, DAY_3))
                    .expectEvents(new NoticeDeliveredEvent(EPISODE, PATIENT, FACILITY, DAY_3,
                            NoticeType.IMM, NoticeOutcome.SIGNED));
        }

        @Test
        void aNoticeDeliveredBeforeTheAdmissionIsRejectedNamingDeliveredAt() {
            fixture.given(admitted())
                    .when(new DeliverNoticeCommand(EPISODE, NoticeType.MOON, NoticeOutcome.SIGNED, BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("deliveredAt"));
        }

        @Test
        void aNoticeWithoutOutcomeIsRejectedNamingOutcome() {
            fixture.given(admitted())
                    .when(new DeliverNoticeCommand(EPISODE, NoticeType.MOON, null, DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("outcome"));
        }
    }

    @Nested
    class Discharge {

        @Test
        void aDischargeRecordsTheDispositionCodeAndTheFinalClass() {
            fixture.given(admitted())
                    .when(new DischargePatientCommand(EPISODE, Disposition.of("03"), DISCHARGED, PROVIDER))
                    .expectEvents(new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, DISCHARGED, "03",
                            PROVIDER, PatientClass.INPATIENT));
        }

        @Test
        void anInpatientStayChangedToObservationIsDischargedAsObservation() {
            fixture.given(admitted(PatientClass.INPATIENT),
                            classChanged(DAY_2, PatientClass.INPATIENT, PatientClass.OBSERVATION))
                    .when(new DischargePatientCommand(EPISODE, Disposition.of("01"), DISCHARGED, null))
                    .expectEvents(new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, DISCHARGED, "01",
                            null, PatientClass.OBSERVATION));
        }

        @Test
        void theFinalClassIsTheClassInEffectAtTheDischargeTime() {
            fixture.given(admitted(PatientClass.EMERGENCY),
                            classChanged(DAY_3, PatientClass.EMERGENCY, PatientClass.INPATIENT))
                    .when(new DischargePatientCommand(EPISODE, Disposition.of("01"), DAY_2, null))
                    .expectEvents(new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, DAY_2, "01",
                            null, PatientClass.EMERGENCY));
        }

        @Test
        void aDischargeBeforeTheAdmissionIsRejectedNamingDischargedAt() {
            fixture.given(admitted())
                    .when(new DischargePatientCommand(EPISODE, Disposition.of("01"), BEFORE_ADMISSION, null))
                    .expectNoEvents()
                    .expectException(invalidField("dischargedAt"));
        }

        @Test
        void aDischargeWithAnUnknownDispositionCodeIsRejectedNamingDisposition() {
            fixture.given(admitted())
                    .when(new DischargePatientCommand(EPISODE, new Disposition("08"), DISCHARGED, null))
                    .expectNoEvents()
                    .expectException(invalidField("disposition"));
        }

        @Test
        void aDischargeWithoutDispositionIsRecordedWithTheDispositionUnknown() {
            fixture.given(admitted())
                    .when(new DischargePatientCommand(EPISODE, null, DISCHARGED, null))
                    .expectEvents(new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, DISCHARGED, null,
                            null, discharged().finalClass()));
        }

        @Test
        void aDispositionRecordedLaterCompletesADischargeWithoutOne() {
            fixture.given(admitted(), new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, DISCHARGED, null,
                            null, discharged().finalClass()))
                    .when(new RecordDispositionCommand(EPISODE, Disposition.of("06"), DISCHARGED.plusSeconds(60)))
                    .expectEvents(new DispositionRecordedEvent(EPISODE, PATIENT, FACILITY,
                            DISCHARGED.plusSeconds(60), "06", null));
        }

        @Test
        void theSameDispositionRecordedAgainRecordsNothing() {
            fixture.given(admitted(), discharged())
                    .when(new RecordDispositionCommand(EPISODE, Disposition.of("01"), DISCHARGED))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aDispositionForAnEpisodeNotDischargedRecordsNothing() {
            fixture.given(admitted())
                    .when(new RecordDispositionCommand(EPISODE, Disposition.of("01"), DISCHARGED))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aDispositionAskedOfAnEpisodeNotDischargedIsRefusedAsAStateConflict() {
            fixture.given(admitted())
                    .when(new RecordDispositionCommand(EPISODE, Disposition.of("01"), DISCHARGED, true))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void aDispositionAskedOfADischargedEpisodeCompletesIt() {
            fixture.given(admitted(), new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, DISCHARGED, null,
                            null, discharged().finalClass()))
                    .when(new RecordDispositionCommand(EPISODE, Disposition.of("03"), DISCHARGED.plusSeconds(60), true))
                    .expectEvents(new DispositionRecordedEvent(EPISODE, PATIENT, FACILITY,
                            DISCHARGED.plusSeconds(60), "03", null));
        }

        @Test
        void aRecordedDispositionThatIsNoUb04CodeIsRejectedNamingDisposition() {
            fixture.given(admitted(), discharged())
                    .when(new RecordDispositionCommand(EPISODE, new Disposition("08"), DISCHARGED))
                    .expectNoEvents()
                    .expectException(invalidField("disposition"));
        }

        @Test
        void aDischargeWithoutDischargedAtIsRejectedNamingDischargedAt() {
            fixture.given(admitted())
                    .when(new DischargePatientCommand(EPISODE, Disposition.of("01"), null, null))
                    .expectNoEvents()
                    .expectException(invalidField("dischargedAt"));
        }

        @Test
        void aDischargedEpisodeCannotBeDischargedAgain() {
            fixture.given(admitted(), discharged())
                    .when(new DischargePatientCommand(EPISODE, Disposition.of("01"), DISCHARGED, null))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void cancellingADischargeIsRecorded() {
            fixture.given(admitted(), discharged())
                    .when(new CancelDischargeCommand(EPISODE, "still on ward", AFTER_DISCHARGE))
                    .expectEvents(new DischargeCancelledEvent(EPISODE, PATIENT, FACILITY, AFTER_DISCHARGE,
                            "still on ward"));
        }

        @Test
        void anEpisodeWhoseDischargeWasCancelledCanBeDischargedAgain() {
            fixture.given(admitted(), discharged(), new DischargeCancelledEvent(EPISODE, PATIENT, FACILITY,
                            AFTER_DISCHARGE, "still on ward"))
                    .when(new DischargePatientCommand(EPISODE, Disposition.of("06"), AFTER_DISCHARGE, null))
                    .expectEvents(new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, AFTER_DISCHARGE,
                            "06", null, PatientClass.INPATIENT));
        }

        @Test
        void theDischargeOfAnActiveEpisodeCannotBeCancelled() {
            fixture.given(admitted())
                    .when(new CancelDischargeCommand(EPISODE, "typo", DAY_2))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void aDischargeCancellationWithoutReasonIsRejectedNamingReason() {
            fixture.given(admitted(), discharged())
                    .when(new CancelDischargeCommand(EPISODE, null, AFTER_DISCHARGE))
                    .expectNoEvents()
                    .expectException(invalidField("reason"));
        }

        @Test
        void aDischargeCancellationDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted(), discharged())
                    .when(new CancelDischargeCommand(EPISODE, "typo", BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }
    }

    @Nested
    class FollowUps {

        @Test
        void aFollowUpContactAfterDischargeIsRecorded() {
            fixture.given(admitted(), discharged())
                    .when(new RecordFollowUpContactCommand(EPISODE, AFTER_DISCHARGE, false, "phone"))
                    .expectEvents(new FollowUpContactRecordedEvent(EPISODE, PATIENT, FACILITY,
                            AFTER_DISCHARGE, false, "phone"));
        }

        @Test
        void aFollowUpContactAtTheDischargeInstantIsRecorded() {
            fixture.given(admitted(), discharged())
                    .when(new RecordFollowUpContactCommand(EPISODE, DISCHARGED, true, null))
                    .expectEvents(new FollowUpContactRecordedEvent(EPISODE, PATIENT, FACILITY,
                            DISCHARGED, true, null));
        }

        @Test
        void anActiveEpisodeCannotHaveFollowUpContacts() {
            fixture.given(admitted())
                    .when(new RecordFollowUpContactCommand(EPISODE, DAY_2, true, "phone"))
                    .expectNoEvents()
                    .expectException(EpisodeStateException.class);
        }

        @Test
        void aFollowUpContactBeforeTheDischargeIsRejectedNamingContactedAt() {
            fixture.given(admitted(), discharged())
                    .when(new RecordFollowUpContactCommand(EPISODE, DAY_3, true, "phone"))
                    .expectNoEvents()
                    .expectException(invalidField("contactedAt"));
        }

        @Test
        void aFollowUpContactWithoutContactedAtIsRejectedNamingContactedAt() {
            fixture.given(admitted(), discharged())
                    .when(new RecordFollowUpContactCommand(EPISODE, null, true, "phone"))
                    .expectNoEvents()
                    .expectException(invalidField("contactedAt"));
        }
    }

    @Nested
    class Corrections {

        @Test
        void aCorrectionRecordsOnlyTheValuesThatChange() {
            fixture.given(admitted())
                    .when(new CorrectEpisodeDetailsCommand(EPISODE, "I21.4", Payer.MEDICARE, true, null, DAY_2))
                    .expectEvents(new EpisodeDetailsCorrectedEvent(EPISODE, PATIENT, FACILITY, DAY_2,
                            "I21.4", null, true, null));
        }

        @Test
        void aCorrectionThatChangesNothingIsAnIdempotentNoOp() {
            fixture.given(admitted())
                    .when(new CorrectEpisodeDetailsCommand(EPISODE, null, null, null, null, DAY_2))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void repeatingAnAppliedCorrectionIsAnIdempotentNoOp() {
            fixture.given(admitted(), new EpisodeDetailsCorrectedEvent(EPISODE, PATIENT, FACILITY, DAY_2,
                            "I21.4", Payer.MEDICAID, null, "5E"))
                    .when(new CorrectEpisodeDetailsCommand(EPISODE, "I21.4", Payer.MEDICAID, false, "5E", DAY_3))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aCorrectedUnitIsWhereTheNextTransferStarts() {
            fixture.given(admitted(), new EpisodeDetailsCorrectedEvent(EPISODE, PATIENT, FACILITY, DAY_2,
                            null, null, null, "5E"))
                    .when(new TransferPatientCommand(EPISODE, "ICU", DAY_3))
                    .expectEvents(transferred(DAY_3, "5E", "ICU"));
        }

        @Test
        void aCorrectionToABlankDiagnosisIsRejectedNamingPrincipalDiagnosis() {
            fixture.given(admitted())
                    .when(new CorrectEpisodeDetailsCommand(EPISODE, " ", null, null, null, DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("principalDiagnosis"));
        }

        @Test
        void aCorrectionDatedBeforeTheAdmissionIsRejectedNamingEffectiveAt() {
            fixture.given(admitted())
                    .when(new CorrectEpisodeDetailsCommand(EPISODE, "I21.4", null, null, null, BEFORE_ADMISSION))
                    .expectNoEvents()
                    .expectException(invalidField("effectiveAt"));
        }
    }

    @Nested
    class Cancellation {

        @Test
        void cancellingAnActiveEpisodeIsRecorded() {
            fixture.given(admitted())
                    .when(new CancelEpisodeCommand(EPISODE, "entered in error", DAY_2))
                    .expectEvents(cancelled());
        }

        @Test
        void aDischargedEpisodeCanBeCancelledAsEnteredInError() {
            fixture.given(admitted(), discharged())
                    .when(new CancelEpisodeCommand(EPISODE, "entered in error", DAY_2))
                    .expectEvents(cancelled());
        }

        @Test
        void anEpisodeCancellationWithoutReasonIsRejectedNamingReason() {
            fixture.given(admitted())
                    .when(new CancelEpisodeCommand(EPISODE, "", DAY_2))
                    .expectNoEvents()
                    .expectException(invalidField("reason"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsOnAnEpisode")
    void noCommandIsAcceptedOnACancelledEpisode(String name, Object command) {
        fixture.given(admitted(), discharged(), cancelled())
                .when(command)
                .expectNoEvents()
                .expectException(EpisodeStateException.class);
    }

    static Stream<Object[]> commandsOnAnEpisode() {
        Instant at = AFTER_DISCHARGE;
        return Stream.of(
                new ChangePatientClassCommand(EPISODE, PatientClass.OBSERVATION, at),
                new TransferPatientCommand(EPISODE, "ICU", at),
                new CancelTransferCommand(EPISODE, null, at),
                new AssignCaseManagerCommand(EPISODE, "cm-3", at),
                new RecordNeedsAssessmentCommand(EPISODE, List.of("stairs"), null, at),
                new DocumentPostAcuteChoiceCommand(EPISODE, List.of(PROVIDER), null, at),
                new PlaceReferralCommand(EPISODE, REFERRAL, ServiceType.SNF, PROVIDER, at),
                new AcceptReferralCommand(EPISODE, REFERRAL, at),
                new DeclineReferralCommand(EPISODE, REFERRAL, "no bed", at),
                new CancelReferralCommand(EPISODE, REFERRAL, null, at),
                new RecordEducationCommand(EPISODE, "diet", true, at),
                new DeliverNoticeCommand(EPISODE, NoticeType.IMM, NoticeOutcome.SIGNED, at),
                new DischargePatientCommand(EPISODE, Disposition.of("01"), at, null),
                new CancelDischargeCommand(EPISODE, "typo", at),
                new CancelEpisodeCommand(EPISODE, "again", at),
                new RecordFollowUpContactCommand(EPISODE, at, true, "phone"),
                new CorrectEpisodeDetailsCommand(EPISODE, "I21.4", null, null, null, at))
                .map(command -> new Object[] {command.getClass().getSimpleName(), command});
    }

    private static EpisodeCancelledEvent cancelled() {
        return new EpisodeCancelledEvent(EPISODE, PATIENT, FACILITY, DAY_2, "entered in error");
    }

    private static PatientClassChangedEvent classChanged(Instant at, PatientClass from, PatientClass to) {
        return new PatientClassChangedEvent(EPISODE, PATIENT, FACILITY, at, from, to);
    }

    private static PatientTransferredEvent transferred(Instant at, String fromUnit, String toUnit) {
        return new PatientTransferredEvent(EPISODE, PATIENT, FACILITY, at, fromUnit, toUnit);
    }
}
