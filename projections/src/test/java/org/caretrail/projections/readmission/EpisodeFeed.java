package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.Payer;

/** Records one episode's events with their sequence numbers, as the event store would number them. */
final class EpisodeFeed {

    /** One event as a processor delivers it. */
    record Delivery(Object event, long sequence) {
    }

    private final String episodeId;
    private final String patientId;
    private final String facilityId;
    private final List<Delivery> deliveries = new ArrayList<>();
    private PatientClass currentClass;

    EpisodeFeed(String episodeId, String patientId, String facilityId) {
        this.episodeId = episodeId;
        this.patientId = patientId;
        this.facilityId = facilityId;
    }

    EpisodeFeed admitted(PatientClass patientClass, String at, String diagnosis, boolean planned) {
        currentClass = patientClass;
        return record(new PatientAdmittedEvent(episodeId, patientId, facilityId, Instant.parse(at), patientClass,
                Payer.MEDICARE, null, null, diagnosis, planned));
    }

    EpisodeFeed inpatient(String at) {
        return admitted(PatientClass.INPATIENT, at, "I50.9", false);
    }

    EpisodeFeed classChanged(PatientClass toClass, String at) {
        PatientClass from = currentClass;
        currentClass = toClass;
        return record(new PatientClassChangedEvent(episodeId, patientId, facilityId, Instant.parse(at), from, toClass));
    }

    EpisodeFeed discharged(String at, String disposition) {
        return record(new PatientDischargedEvent(episodeId, patientId, facilityId, Instant.parse(at), disposition, null,
                currentClass));
    }

    EpisodeFeed dischargeCancelled(String at) {
        return record(new DischargeCancelledEvent(episodeId, patientId, facilityId, Instant.parse(at), "wrong patient"));
    }

    EpisodeFeed cancelled(String at) {
        return record(new EpisodeCancelledEvent(episodeId, patientId, facilityId, Instant.parse(at), "entered in error"));
    }

    EpisodeFeed corrected(String at, String diagnosis, Boolean planned) {
        return record(new EpisodeDetailsCorrectedEvent(episodeId, patientId, facilityId, Instant.parse(at), diagnosis,
                null, planned, null));
    }

    String episodeId() {
        return episodeId;
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    Delivery delivery(int sequence) {
        return deliveries.get(sequence);
    }

    private EpisodeFeed record(Object event) {
        deliveries.add(new Delivery(event, deliveries.size()));
        return this;
    }
}
