package org.caretrail.infra.hl7;

import java.util.List;
import org.caretrail.domain.episode.api.AdmitPatientCommand;

/**
 * The domain commands one ADT message stands for (sent in order), the episode they target, and who the
 * message says the visit belongs to ({@code patientId}, {@code facilityId}, null when it does not say), so
 * that a follow-up can be checked against the episode it names. With {@code untrackedReason}, the message is
 * of a visit CareTrail does not track: with no commands it is ignored; with commands (a follow-up of a visit
 * whose class is sent as untracked) it is applied only when the episode exists. {@code notes}: what was read
 * but left aside (a code of a system the episode cannot keep, a birth date that is no date).
 */
record MappedCommand(String episodeId, List<Object> commands, String patientId, String facilityId,
                     PayerReading payer, String untrackedReason, List<String> notes) {

    MappedCommand {
        commands = List.copyOf(commands);
        notes = List.copyOf(notes);
    }

    static MappedCommand untracked(String episodeId, String patientId, String facilityId, String reason) {
        return new MappedCommand(episodeId, List.of(), patientId, facilityId, PayerReading.NONE, reason, List.of());
    }

    /** Whether applying it may bring the episode into existence. */
    boolean opensEpisode() {
        return !commands.isEmpty() && commands.get(0) instanceof AdmitPatientCommand;
    }

    boolean ignored() {
        return commands.isEmpty();
    }

    /** The first command, which names the message's purpose. */
    Object command() {
        return commands.isEmpty() ? null : commands.get(0);
    }
}
