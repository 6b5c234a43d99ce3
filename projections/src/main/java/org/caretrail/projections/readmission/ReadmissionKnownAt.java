package org.caretrail.projections.readmission;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.readmission.api.FindPatientTimelineKnownAtQuery;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.risk.api.EpisodeRiskResponse;
import org.caretrail.domain.risk.api.FindEpisodeRiskKnownAtQuery;
import org.caretrail.projections.cohort.CohortRules;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.history.RecordedHistory;
import org.springframework.stereotype.Component;

/**
 * Timelines and LACE as they were known at a past instant. The rules work over all of a patient's episodes, so every
 * episode the projection's patient index names is read from the event store up to knownAt, folded by
 * {@link StayChanges} and judged by {@link ReadmissionTimelines}, as the projection judges its stored facts. An
 * episode with nothing recorded by knownAt is left out. Nothing is stored.
 */
@Component
public class ReadmissionKnownAt {

    private final RecordedHistory history;
    private final PatientStore patients;
    private final ReadmissionTimelines timelines;

    public ReadmissionKnownAt(RecordedHistory history, MongoDatabase database, Facilities facilities,
                              CohortRules cohortRules) {
        this.history = history;
        this.patients = new PatientStore(database.getCollection(ReadmissionProjection.PATIENTS),
                database.getCollection(ReadmissionProjection.EPISODES));
        this.timelines = new ReadmissionTimelines(facilities, cohortRules);
    }

    @QueryHandler
    Optional<PatientTimelineResponse> handle(FindPatientTimelineKnownAtQuery query) {
        List<StayFacts> known = knownStays(patients.episodeIds(query.patientId()),
                episodeId -> history.recordedBy(episodeId, query.knownAt()));
        return timeline(query.patientId(), known, query.measure(), query.asOf());
    }

    /** The episode's figures from its patient's timeline at asOf, every stay of the patient as known at knownAt. */
    @QueryHandler
    Optional<EpisodeRiskResponse> handle(FindEpisodeRiskKnownAtQuery query) {
        Optional<String> patientId = history.recordedBy(query.episodeId(), query.knownAt()).stream()
                .map(DomainEventMessage::getPayload)
                .filter(PatientAdmittedEvent.class::isInstance)
                .map(payload -> ((PatientAdmittedEvent) payload).patientId())
                .findFirst();
        return patientId.flatMap(patient -> {
            List<String> episodeIds = new ArrayList<>(patients.episodeIds(patient));
            if (!episodeIds.contains(query.episodeId())) {
                episodeIds.add(query.episodeId());
            }
            List<StayFacts> known = knownStays(episodeIds, id -> history.recordedBy(id, query.knownAt()));
            return timeline(patient, known, ReadmissionMeasure.ACUTE_30, query.asOf());
        }).flatMap(timeline -> timeline.stays().stream()
                .filter(stay -> stay.episodeId().equals(query.episodeId()))
                .findFirst()
                .map(stay -> new EpisodeRiskResponse(stay.episodeId(), timeline.patientId(), stay.lace(),
                        stay.lengthOfStayDays(), stay.observationHours())));
    }

    /** The judged timeline of these stays; empty when none of them was admitted by knownAt. */
    Optional<PatientTimelineResponse> timeline(String patientId, List<StayFacts> known, ReadmissionMeasure measure,
                                               Instant asOf) {
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(timelines.evaluate(patientId, new PatientStays(patientId, known).stays(), measure, asOf));
    }

    /** Each episode's facts after the events recorded of it; an episode with no admission recorded is left out. */
    static List<StayFacts> knownStays(Collection<String> episodeIds,
                                      Function<String, List<DomainEventMessage<?>>> recorded) {
        List<StayFacts> known = new ArrayList<>();
        for (String episodeId : episodeIds) {
            fold(episodeId, recorded.apply(episodeId)).ifPresent(known::add);
        }
        return known;
    }

    /** The facts the projection would hold after exactly these events of one episode. */
    static Optional<StayFacts> fold(String episodeId, List<DomainEventMessage<?>> events) {
        StayFacts facts = null;
        for (DomainEventMessage<?> message : events) {
            if (!(message.getPayload() instanceof EpisodeEvent event)) {
                continue;
            }
            if (facts == null) {
                if (!(event instanceof PatientAdmittedEvent)) {
                    continue;
                }
                facts = new StayFacts(episodeId, event.patientId(), event.facilityId());
            }
            if (StayChanges.concerns(event)) {
                StayChanges.apply(facts, event);
                facts.sequence = message.getSequenceNumber();
            }
        }
        return Optional.ofNullable(facts);
    }
}
