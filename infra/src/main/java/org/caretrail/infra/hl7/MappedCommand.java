package org.caretrail.infra.hl7;

import org.caretrail.domain.episode.api.AdmitPatientCommand;

/** The domain command one ADT message stands for, and the episode it targets. */
record MappedCommand(String episodeId, Object command) {

    /** Whether applying it may bring the episode into existence, so parked messages can follow. */
    boolean opensEpisode() {
        return command instanceof AdmitPatientCommand;
    }
}
