package org.caretrail.infra.hl7;

import org.axonframework.eventhandling.EventHandler;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;

/**
 * Releases parked HL7 messages when an episode is admitted by any route (the API as well as
 * HL7); register it with a streaming event processor of its own.
 */
public final class ParkedMessageReleaser {

    private final Hl7Inbox inbox;

    public ParkedMessageReleaser(Hl7Inbox inbox) {
        this.inbox = inbox;
    }

    @EventHandler
    void on(PatientAdmittedEvent event) {
        inbox.releaseParked(event.episodeId());
    }
}
