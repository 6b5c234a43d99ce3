package org.caretrail.infra.hl7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.CancelDischargeCommand;
import org.caretrail.domain.episode.api.CancelEpisodeCommand;
import org.caretrail.domain.episode.api.CancelTransferCommand;
import org.caretrail.domain.episode.api.ChangePatientClassCommand;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.CorrectEpisodeDetailsCommand;
import org.caretrail.domain.episode.api.DischargePatientCommand;
import org.caretrail.domain.episode.api.Disposition;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.RecordCodingCommand;
import org.caretrail.domain.episode.api.RecordDispositionCommand;
import org.caretrail.domain.episode.api.TransferPatientCommand;

/**
 * Maps an ADT message to domain commands by its trigger event (MSH-9.2), never by its Java structure, and
 * by its sender's profile: where the visit number, facility and patient id are, which classes are tracked.
 *
 * <p>Admissions are timed by PV1-44, discharges by PV1-45, everything else by EVN-6, EVN-2 or MSH-7. Content
 * the message carries wrongly is AE; AR is kept for what cannot be processed at all (message type, event,
 * processing id).
 */
final class AdtCommandMapper {

    static final Set<String> TRIGGERS = Set.of(
            "A01", "A02", "A03", "A04", "A06", "A07", "A08", "A11", "A12", "A13");

    /** Pre-admissions, pending events and person-only updates: ADT traffic of no stay CareTrail tracks. */
    static final Set<String> UNTRACKED_TRIGGERS = Set.of(
            "A05", "A14", "A15", "A16", "A25", "A26", "A27", "A28", "A31", "A38");

    MappedCommand map(ParsedMessage message, SenderProfile profile) {
        MessageHeader header = message.header();
        if (!"ADT".equals(header.messageType())) {
            throw Hl7Problem.rejected(ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "MSH-9",
                    "message type '" + header.messageType() + "' is not supported; CareTrail takes ADT");
        }
        if (!profile.takesProcessingId(header.processingId())) {
            throw Hl7Problem.rejected(ErrorCode.UNSUPPORTED_PROCESSING_ID, "MSH-11", "processing id '"
                    + header.processingId() + "' is not taken here; this sender's profile takes "
                    + sorted(profile.processingIds()));
        }
        String trigger = header.triggerEvent();
        AdtFields fields = new AdtFields(message, Hl7Time.offsetOr(header.dateTime(), profile.zone()));
        VisitReader visit = new VisitReader(fields, profile);
        if (UNTRACKED_TRIGGERS.contains(trigger)) {
            return untracked(profile, visit, "MSH-9", trigger + " is not an event of a stay CareTrail tracks");
        }
        if (!TRIGGERS.contains(trigger)) {
            throw Hl7Problem.rejected(ErrorCode.UNSUPPORTED_EVENT_CODE, "MSH-9",
                    "trigger event '" + trigger + "' is not supported; CareTrail takes " + sorted(TRIGGERS)
                            + " and acknowledges " + sorted(UNTRACKED_TRIGGERS) + " without recording them");
        }
        String episodeId = visit.episodeId();
        TrackedClass sent = TrackedClass.of(fields, profile, trigger);
        if (sent.opens(trigger) && sent.patientClass() == null) {
            return untracked(profile, visit, sent.location(), sent.reason());
        }
        List<Object> commands = new ArrayList<>();
        PayerReading payer = PayerReading.NONE;
        CodingReader coding = new CodingReader(message, fields.zone());
        List<CodedDiagnosis> diagnoses = coding.diagnoses();
        switch (trigger) {
            case "A01", "A04" -> {
                payer = Payers.read(message, profile);
                commands.add(admit(fields, visit, episodeId, sent.patientClass(), payer, profile,
                        coding.workingPrincipal(diagnoses), coding.birthDate()));
                addCoding(commands, episodeId, diagnoses, coding, fields);
            }
            case "A02" -> commands.add(new TransferPatientCommand(episodeId,
                    fields.required("PV1", 3, 1, "the new point of care"), fields.eventTime()));
            case "A03" -> {
                commands.add(discharge(fields, episodeId));
                addCoding(commands, episodeId, diagnoses, coding, fields);
            }
            case "A06", "A07" -> commands.add(new ChangePatientClassCommand(episodeId, sent.patientClass(),
                    fields.eventTime()));
            case "A08" -> {
                payer = Payers.read(message, profile);
                commands.add(correct(fields, episodeId, payer, profile, coding.workingPrincipal(diagnoses)));
                Disposition disposition = disposition(fields);
                if (disposition != null) {
                    commands.add(new RecordDispositionCommand(episodeId, disposition, fields.eventTime()));
                }
                addCoding(commands, episodeId, diagnoses, coding, fields);
            }
            case "A11" -> commands.add(new CancelEpisodeCommand(episodeId,
                    fields.reasonOr("Admission cancelled (A11)"), fields.eventTime()));
            case "A12" -> commands.add(new CancelTransferCommand(episodeId, fields.reasonOr(null),
                    fields.eventTime()));
            case "A13" -> commands.add(new CancelDischargeCommand(episodeId,
                    fields.reasonOr("Discharge cancelled (A13)"), fields.eventTime()));
            default -> throw new IllegalStateException("unmapped trigger " + trigger);
        }
        return new MappedCommand(episodeId, commands, visit.patientIdOrNull(), visit.facilityOrNull(), payer,
                sent.patientClass() == null && sent.reason() != null ? sent.reason() : null, coding.notes());
    }

    /** The coding of the stay, when the message carries more than a working diagnosis; the latest coding wins. */
    private static void addCoding(List<Object> commands, String episodeId, List<CodedDiagnosis> diagnoses,
                                  CodingReader coding, AdtFields fields) {
        List<CodedProcedure> procedures = coding.procedures();
        if (coding.isCoding(diagnoses, procedures)) {
            commands.add(new RecordCodingCommand(episodeId, diagnoses, procedures, fields.eventTime()));
        }
    }

    private static MappedCommand untracked(SenderProfile profile, VisitReader visit, String location, String reason) {
        if (profile.untrackedVisits() == UntrackedVisits.REJECT) {
            throw Hl7Problem.refused(ErrorCode.TABLE_VALUE_NOT_FOUND, location, reason);
        }
        return MappedCommand.untracked(visit.episodeIdOrNull(), visit.patientIdOrNull(), visit.facilityOrNull(),
                location + ": " + reason);
    }

    private static AdmitPatientCommand admit(AdtFields fields, VisitReader visit, String episodeId,
                                             PatientClass patientClass, PayerReading payer, SenderProfile profile,
                                             String workingDiagnosis, LocalDate birthDate) {
        return new AdmitPatientCommand(episodeId, visit.patientId(), visit.facility(), patientClass,
                fields.admissionTime(), payer.payer(), fields.value("PV1", 14, 1), fields.value("PV1", 3, 1),
                workingDiagnosis, profile.isPlannedType(fields.value("PV1", 4, 1)), birthDate);
    }

    /** Without PV1-36 the discharge is recorded with its disposition unknown, to be completed by an A08. */
    private static DischargePatientCommand discharge(AdtFields fields, String episodeId) {
        return new DischargePatientCommand(episodeId, disposition(fields), fields.dischargeTime(),
                fields.value("PV1", 37, 1));
    }

    private static Disposition disposition(AdtFields fields) {
        String code = fields.value("PV1", 36, 1);
        if (code == null) {
            return null;
        }
        String padded = code.length() == 1 ? "0" + code : code;
        if (!Disposition.isValid(padded)) {
            throw Hl7Problem.refused(ErrorCode.TABLE_VALUE_NOT_FOUND, "PV1-36",
                    "'" + code + "' is not a UB-04 patient discharge status code");
        }
        return Disposition.of(padded);
    }

    private static CorrectEpisodeDetailsCommand correct(AdtFields fields, String episodeId, PayerReading payer,
                                                        SenderProfile profile, String workingDiagnosis) {
        String admissionType = fields.value("PV1", 4, 1);
        return new CorrectEpisodeDetailsCommand(episodeId, workingDiagnosis, payer.payer(),
                admissionType == null ? null : profile.isPlannedType(admissionType), fields.value("PV1", 3, 1),
                fields.eventTime());
    }

    private static String sorted(Set<String> codes) {
        return String.join(", ", codes.stream().sorted().toList());
    }
}
