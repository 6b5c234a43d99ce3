package org.caretrail.infra.hl7;

import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.EpisodeStateException;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns what a command failed with into the HL7 problem to answer, naming the field at fault. */
final class CommandOutcomes {

    private static final Logger log = LoggerFactory.getLogger(CommandOutcomes.class);

    /** Where each command field comes from in the message. */
    private static final Map<String, String> LOCATIONS = Map.ofEntries(
            Map.entry("episodeId", "PV1-19"), Map.entry("patientId", "PID-3"), Map.entry("facilityId", "MSH-4"),
            Map.entry("patientClass", "PV1-2"), Map.entry("admittedAt", "EVN-6"),
            Map.entry("admitSource", "PV1-14"), Map.entry("unit", "PV1-3"), Map.entry("toUnit", "PV1-3"),
            Map.entry("principalDiagnosis", "DG1-3"), Map.entry("disposition", "PV1-36"),
            Map.entry("dischargedAt", "PV1-45"), Map.entry("destinationProviderId", "PV1-37"),
            Map.entry("effectiveAt", "EVN-6"), Map.entry("reason", "EVN-4"), Map.entry("diagnoses", "DG1-3"),
            Map.entry("procedures", "PR1-3"), Map.entry("codedAt", "EVN-6"), Map.entry("birthDate", "PID-7"));

    Hl7Problem problemFor(MappedCommand mapped, RuntimeException failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof AggregateNotFoundException) {
                return Hl7Problem.parked("PV1-19", "no episode with visit number '" + mapped.episodeId()
                        + "' yet; the message is parked and applied once its admission arrives");
            }
            if (cause instanceof InvalidCommandException invalid) {
                return Hl7Problem.refused(ErrorCode.DATA_TYPE_ERROR, location(invalid.field()), invalid.getMessage());
            }
            if (cause instanceof EpisodeStateException state) {
                return mapped.command() instanceof AdmitPatientCommand
                        ? Hl7Problem.refused(ErrorCode.DUPLICATE_KEY_IDENTIFIER, "PV1-19", state.getMessage())
                        : Hl7Problem.refused(ErrorCode.APPLICATION_INTERNAL_ERROR, null, state.getMessage());
            }
            if (cause instanceof ConcurrencyException) {
                return Hl7Problem.rejected(ErrorCode.APPLICATION_RECORD_LOCKED, "PV1-19",
                        "the episode was changed at the same time; resend the message");
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        log.error("HL7 command {} failed", mapped.command().getClass().getSimpleName(), failure);
        return Hl7Problem.rejected(ErrorCode.APPLICATION_INTERNAL_ERROR, null,
                "CareTrail could not process the message right now; resend it");
    }

    /** The field of a command field such as {@code diagnoses[2].code}, by its name before any index. */
    private static String location(String field) {
        return field == null ? null : LOCATIONS.get(field.split("[\\[.]", 2)[0]);
    }

    boolean isMissingEpisode(Hl7Problem problem) {
        return problem.waitsForEpisode();
    }

    /** A failure of CareTrail rather than of the message: the sender may resend it. */
    boolean isTechnical(Hl7Problem problem) {
        return problem.ack() == AckCode.AR;
    }
}
