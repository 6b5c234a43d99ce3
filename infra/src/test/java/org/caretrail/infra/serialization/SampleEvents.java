package org.caretrail.infra.serialization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caretrail.domain.episode.api.*;

/** One fully populated sample of every event, the input of the event contract tests. */
final class SampleEvents {

    private static final String EPISODE = "ep-1";
    private static final String PATIENT = "pat-1";
    private static final String FACILITY = "fac-1";
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private SampleEvents() {
    }

    static List<EpisodeEvent> all() {
        return List.of(
                new PatientAdmittedEvent(EPISODE, PATIENT, FACILITY, AT, PatientClass.INPATIENT,
                        Payer.MEDICARE_ADVANTAGE, "EMERGENCY_ROOM", "4W", "I50.9", true,
                        LocalDate.parse("1950-07-14")),
                new PatientClassChangedEvent(EPISODE, PATIENT, FACILITY, AT,
                        PatientClass.OBSERVATION, PatientClass.INPATIENT),
                new PatientTransferredEvent(EPISODE, PATIENT, FACILITY, AT, "4W", "ICU"),
                new TransferCancelledEvent(EPISODE, PATIENT, FACILITY, AT, "ICU", "4W", "wrong bed"),
                new CaseManagerAssignedEvent(EPISODE, PATIENT, FACILITY, AT, "cm-3"),
                new NeedsAssessmentRecordedEvent(EPISODE, PATIENT, FACILITY, AT,
                        List.of("lives alone", "stairs"), List.of("daughter")),
                new PostAcuteChoiceDocumentedEvent(EPISODE, PATIENT, FACILITY, AT,
                        List.of("snf-7", "snf-8"), "snf-7"),
                new ReferralPlacedEvent(EPISODE, PATIENT, FACILITY, AT, "ref-1", ServiceType.SNF, "snf-7"),
                new ReferralAcceptedEvent(EPISODE, PATIENT, FACILITY, AT, "ref-1", ServiceType.SNF, "snf-7"),
                new ReferralDeclinedEvent(EPISODE, PATIENT, FACILITY, AT, "ref-1", ServiceType.SNF,
                        "snf-7", "no bed"),
                new ReferralCancelledEvent(EPISODE, PATIENT, FACILITY, AT, "ref-1", ServiceType.SNF,
                        "snf-7", "patient chose home"),
                new EducationRecordedEvent(EPISODE, PATIENT, FACILITY, AT, "heart failure diet", true),
                new NoticeDeliveredEvent(EPISODE, PATIENT, FACILITY, AT, NoticeType.IMM, NoticeOutcome.SIGNED),
                new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, AT, "03", "snf-7",
                        PatientClass.INPATIENT),
                new DischargeCancelledEvent(EPISODE, PATIENT, FACILITY, AT, "still on ward"),
                new EpisodeCancelledEvent(EPISODE, PATIENT, FACILITY, AT, "entered in error"),
                new FollowUpContactRecordedEvent(EPISODE, PATIENT, FACILITY, AT, true, "phone"),
                new EpisodeDetailsCorrectedEvent(EPISODE, PATIENT, FACILITY, AT, "I21.4",
                        Payer.MEDICAID, false, "5E"),
                new EpisodeCodedEvent(EPISODE, PATIENT, FACILITY, AT,
                        List.of(new CodedDiagnosis("A41.9", DiagnosisCodeSystem.ICD10CM, true, true),
                                new CodedDiagnosis("J18.9", DiagnosisCodeSystem.ICD10CM, false, null),
                                new CodedDiagnosis("84114007", DiagnosisCodeSystem.SNOMEDCT, false, false)),
                        List.of(new CodedProcedure("0SR9019", ProcedureCodeSystem.ICD10PCS, AT))),
                new DispositionRecordedEvent(EPISODE, PATIENT, FACILITY, AT, "06", null));
    }
}
