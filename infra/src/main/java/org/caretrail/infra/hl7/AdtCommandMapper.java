package org.caretrail.infra.hl7;

import ca.uhn.hl7v2.model.Segment;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.CancelDischargeCommand;
import org.caretrail.domain.episode.api.CancelEpisodeCommand;
import org.caretrail.domain.episode.api.CancelTransferCommand;
import org.caretrail.domain.episode.api.ChangePatientClassCommand;
import org.caretrail.domain.episode.api.CorrectEpisodeDetailsCommand;
import org.caretrail.domain.episode.api.DischargePatientCommand;
import org.caretrail.domain.episode.api.Disposition;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.TransferPatientCommand;

/**
 * Maps an ADT message to a domain command by its trigger event (MSH-9.2), never by its Java
 * structure: A04, A08 and A13 share A01's structure, A06 and A07 another.
 *
 * <p>Clinical time is EVN-6, else EVN-2, else MSH-7; an admission prefers PV1-44 over EVN-2 and
 * a discharge PV1-45 over all, since those fields carry exactly that moment.
 */
final class AdtCommandMapper {

    static final Set<String> TRIGGERS = Set.of(
            "A01", "A02", "A03", "A04", "A06", "A07", "A08", "A11", "A12", "A13");

    private final Hl7Settings settings;

    AdtCommandMapper(Hl7Settings settings) {
        this.settings = settings;
    }

    MappedCommand map(ParsedMessage message) {
        MessageHeader header = message.header();
        if (!"ADT".equals(header.messageType())) {
            throw Hl7Problem.rejected(ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "MSH-9",
                    "message type '" + header.messageType() + "' is not supported; CareTrail takes ADT");
        }
        String trigger = header.triggerEvent();
        if (!TRIGGERS.contains(trigger)) {
            throw Hl7Problem.rejected(ErrorCode.UNSUPPORTED_EVENT_CODE, "MSH-9",
                    "trigger event '" + trigger + "' is not supported; CareTrail takes " + sorted(TRIGGERS));
        }
        AdtFields fields = new AdtFields(message, zoneOf(header));
        String episodeId = fields.required("PV1", 19, 1, "the visit number");
        PatientClass sentClass = trackedClass(fields, !trigger.equals("A06") && !trigger.equals("A07"));
        Object command = switch (trigger) {
            case "A01", "A04" -> admit(fields, episodeId, sentClass);
            case "A02" -> new TransferPatientCommand(episodeId,
                    fields.required("PV1", 3, 1, "the new point of care"), fields.clinicalTime(null));
            case "A03" -> discharge(fields, episodeId);
            case "A06" -> new ChangePatientClassCommand(episodeId, PatientClass.INPATIENT, fields.clinicalTime(null));
            case "A07" -> new ChangePatientClassCommand(episodeId, PatientClass.OBSERVATION, fields.clinicalTime(null));
            case "A08" -> correct(fields, episodeId);
            case "A11" -> new CancelEpisodeCommand(episodeId,
                    fields.reasonOr("Admission cancelled (A11)"), fields.clinicalTime(null));
            case "A12" -> new CancelTransferCommand(episodeId, fields.reasonOr(null), fields.clinicalTime(null));
            case "A13" -> new CancelDischargeCommand(episodeId,
                    fields.reasonOr("Discharge cancelled (A13)"), fields.clinicalTime(null));
            default -> throw new IllegalStateException("unmapped trigger " + trigger);
        };
        return new MappedCommand(episodeId, command);
    }

    private AdmitPatientCommand admit(AdtFields fields, String episodeId, PatientClass patientClass) {
        if (patientClass == null) {
            throw Hl7Problem.rejected(ErrorCode.REQUIRED_FIELD_MISSING, "PV1-2", "the patient class is missing");
        }
        String facility = fields.message().value("MSH", 4, 1);
        if (facility == null) {
            facility = fields.required("PV1", 3, 4, "the facility (MSH-4 or PV1-3.4)");
        }
        return new AdmitPatientCommand(episodeId, patientId(fields), facility, patientClass,
                fields.clinicalTime(new FieldRef("PV1", 44)), payer(fields.message()),
                fields.message().value("PV1", 14, 1), fields.message().value("PV1", 3, 1),
                principalDiagnosis(fields.message()),
                settings.isPlannedType(fields.message().value("PV1", 4, 1)));
    }

    private DischargePatientCommand discharge(AdtFields fields, String episodeId) {
        String code = fields.required("PV1", 36, 1, "the discharge disposition");
        String padded = code.length() == 1 ? "0" + code : code;
        if (!Disposition.isValid(padded)) {
            throw Hl7Problem.rejected(ErrorCode.TABLE_VALUE_NOT_FOUND, "PV1-36",
                    "'" + code + "' is not a UB-04 patient discharge status code");
        }
        return new DischargePatientCommand(episodeId, Disposition.of(padded),
                fields.dischargeTime(), fields.message().value("PV1", 37, 1));
    }

    private CorrectEpisodeDetailsCommand correct(AdtFields fields, String episodeId) {
        String admissionType = fields.message().value("PV1", 4, 1);
        return new CorrectEpisodeDetailsCommand(episodeId, principalDiagnosis(fields.message()),
                payer(fields.message()), admissionType == null ? null : settings.isPlannedType(admissionType),
                fields.message().value("PV1", 3, 1), fields.clinicalTime(null));
    }

    /** PV1-2 as a class CareTrail tracks; a class it does not track is refused, not parked forever. */
    private PatientClass trackedClass(AdtFields fields, boolean checked) {
        String code = fields.message().value("PV1", 2, 1);
        if (code == null || !checked) {
            return null;
        }
        String patientType = fields.message().value("PV1", 18, 1);
        return switch (code.toUpperCase()) {
            case "I" -> PatientClass.INPATIENT;
            case "E" -> PatientClass.EMERGENCY;
            case "O" -> {
                if (settings.isObservationType(patientType)) {
                    yield PatientClass.OBSERVATION;
                }
                throw Hl7Problem.rejected(ErrorCode.TABLE_VALUE_NOT_FOUND, "PV1-18", "an outpatient visit of "
                        + "patient type '" + patientType + "' is not an observation stay; CareTrail does not track it");
            }
            default -> throw Hl7Problem.rejected(ErrorCode.TABLE_VALUE_NOT_FOUND, "PV1-2",
                    "patient class '" + code + "' is not tracked; CareTrail takes I, E and O (observation)");
        };
    }

    /** PID-3: the repetition typed MR (medical record number), else the first. */
    private static String patientId(AdtFields fields) {
        Segment pid = fields.message().first("PID").orElseThrow(() -> Hl7Problem.rejected(
                ErrorCode.REQUIRED_FIELD_MISSING, "PID-3", "the PID segment is missing"));
        String first = null;
        for (int rep = 0; rep < ParsedMessage.repetitions(pid, 3); rep++) {
            String id = ParsedMessage.value(pid, 3, rep, 1);
            if (id != null && "MR".equalsIgnoreCase(ParsedMessage.value(pid, 3, rep, 5))) {
                return id;
            }
            first = first == null ? id : first;
        }
        if (first == null) {
            throw Hl7Problem.rejected(ErrorCode.REQUIRED_FIELD_MISSING, "PID-3", "the patient identifier is missing");
        }
        return first;
    }

    /** DG1-3 of the diagnosis ranked first (DG1-15), else of the first DG1. */
    private static String principalDiagnosis(ParsedMessage message) {
        List<Segment> diagnoses = message.all("DG1");
        return diagnoses.stream()
                .filter(dg1 -> "1".equals(ParsedMessage.value(dg1, 15, 0, 1)))
                .findFirst()
                .or(() -> diagnoses.stream().findFirst())
                .map(dg1 -> ParsedMessage.value(dg1, 3, 0, 1))
                .orElse(null);
    }

    /** The first IN1 by set id: plan id (IN1-2), company id (IN1-3) or plan type (IN1-15), mapped. */
    private Payer payer(ParsedMessage message) {
        return message.all("IN1").stream()
                .min(Comparator.comparingInt(AdtCommandMapper::setId))
                .map(in1 -> {
                    for (int field : new int[] {2, 3, 15}) {
                        Payer payer = settings.payerFor(ParsedMessage.value(in1, field, 0, 1));
                        if (payer != null) {
                            return payer;
                        }
                    }
                    return Payer.OTHER;
                })
                .orElse(null);
    }

    private static int setId(Segment segment) {
        String id = ParsedMessage.value(segment, 1, 0, 1);
        return id != null && id.matches("\\d{1,6}") ? Integer.parseInt(id) : Integer.MAX_VALUE;
    }

    private ZoneId zoneOf(MessageHeader header) {
        return Hl7Time.offsetOr(header.dateTime(), settings.defaultZone());
    }

    private static String sorted(Set<String> codes) {
        return String.join(", ", codes.stream().sorted().toList());
    }
}
