package org.caretrail.projections.readmission;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.placement.api.DestinationOutcomesResponse;
import org.caretrail.domain.placement.api.FindDestinationOutcomesQuery;
import org.caretrail.domain.readmission.api.FindIndexStaysQuery;
import org.caretrail.domain.readmission.api.FindPatientTimelineQuery;
import org.caretrail.domain.readmission.api.IndexStayPage;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionRateQuery;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.domain.readmission.api.ReadmissionRatesQuery;
import org.caretrail.domain.readmission.api.ReadmissionRatesResponse;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.domain.risk.api.EpisodeRiskResponse;
import org.caretrail.domain.risk.api.EpisodeRisks;
import org.caretrail.domain.risk.api.FindEpisodeRiskQuery;
import org.caretrail.domain.risk.api.FindEpisodeRisksQuery;
import org.caretrail.domain.risk.api.LaceScore;
import org.caretrail.projections.cohort.CohortRules;
import org.caretrail.projections.cohort.ValueSets;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.support.ProjectionBatches;
import org.caretrail.projections.support.ReadModelVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Readmission timelines and rates. The processor is sequenced by patient ({@link PatientSequencingPolicy}), so one
 * segment handles every event of a patient in order; each episode has its own document and the patient an index of
 * them (see {@link PatientStore}); each change re-judges the patient into {@code readmission_index_stays}, which rate
 * queries scan. A processor batch is written at its end (see {@link ReadmissionBatch}).
 */
@Component
// 2: stays with coding, birth date and destination; sequenced by patient (decisions 0006, 0017)
@ReadModelVersion(2)
@ProcessingGroup(ProcessingGroups.READMISSION)
public class ReadmissionProjection {

    public static final String PATIENTS = "readmission_patients";
    public static final String EPISODES = "readmission_episodes";
    public static final String INDEX_STAYS = "readmission_index_stays";

    private final PatientStore patients;
    private final IndexStayStore indexStays;
    private final ReadmissionTimelines timelines;
    private final ReadmissionRates rates;
    private final ReadmissionDrillDown drillDown;

    /** With the shipped cohort value sets. */
    public ReadmissionProjection(MongoDatabase database, Facilities facilities) {
        this(database, facilities, new CohortRules(ValueSets.shipped()));
    }

    @Autowired
    public ReadmissionProjection(MongoDatabase database, Facilities facilities, CohortRules cohortRules) {
        this.patients = new PatientStore(database.getCollection(PATIENTS), database.getCollection(EPISODES));
        this.timelines = new ReadmissionTimelines(facilities, cohortRules);
        this.rates = new ReadmissionRates(facilities);
        this.indexStays = new IndexStayStore(database.getCollection(INDEX_STAYS), timelines, rates,
                facilities);
        this.drillDown = new ReadmissionDrillDown(this::resultsAt, patients, timelines);
    }

    /** The events a readmission rule depends on ({@link StayChanges}); the others change nothing here. */
    @EventHandler
    void on(EpisodeEvent event, @SequenceNumber long sequence) {
        if (StayChanges.concerns(event)) {
            apply(event.patientId(), event.episodeId(), event.facilityId(), sequence,
                    episode -> StayChanges.apply(episode, event));
        }
    }

    @QueryHandler
    Optional<PatientTimelineResponse> handle(FindPatientTimelineQuery query) {
        return patients.readStays(List.of(query.patientId())).stream().findFirst().map(patient ->
                timelines.evaluate(patient.patientId(), patient.stays(), query.measure(), query.asOf()));
    }

    /** The episode's LACE and stay metrics, from its patient's timeline at asOf (ED visits at every facility). */
    /** Many episodes' LACE at once: each patient's timeline is judged once for all of its asked episodes. */
    @QueryHandler
    EpisodeRisks handle(FindEpisodeRisksQuery query) {
        Set<String> asked = new HashSet<>(query.episodeIds());
        Map<String, LaceScore> scores = new HashMap<>();
        for (PatientStore.ReadStays patient : patients.readStays(Set.copyOf(query.patientIds()))) {
            timelines.evaluate(patient.patientId(), patient.stays(), ReadmissionMeasure.ACUTE_30, query.asOf()).stays()
                    .stream()
                    .filter(stay -> asked.contains(stay.episodeId()) && stay.lace() != null)
                    .forEach(stay -> scores.put(stay.episodeId(), stay.lace()));
        }
        return new EpisodeRisks(scores);
    }

    @QueryHandler
    Optional<EpisodeRiskResponse> handle(FindEpisodeRiskQuery query) {
        return patients.patientOf(query.episodeId())
                .flatMap(patientId -> patients.readStays(List.of(patientId)).stream().findFirst()).flatMap(patient ->
                timelines.evaluate(patient.patientId(), patient.stays(), ReadmissionMeasure.ACUTE_30, query.asOf())
                        .stays().stream()
                        .filter(stay -> stay.episodeId().equals(query.episodeId()))
                        .findFirst()
                        .map(stay -> new EpisodeRiskResponse(stay.episodeId(), patient.patientId(), stay.lace(),
                                stay.lengthOfStayDays(), stay.observationHours())));
    }

    @QueryHandler
    ReadmissionRateResponse handle(ReadmissionRateQuery query) {
        List<IndexStayResult> results = resultsAt(query.measure(), query.facilityId(), query.from(), query.to(),
                query.asOf());
        return ReadmissionRates.rateOf(query.measure(), query.cohort(), query.facilityId(), query.from(), query.to(),
                results, query.asOf(), timelines.valueSetVersion());
    }

    /** Index stays per destination provider, read from the same results as the rate. */
    @QueryHandler
    DestinationOutcomesResponse handle(FindDestinationOutcomesQuery query) {
        List<IndexStayResult> results = resultsAt(query.measure(), query.facilityId(), query.from(), query.to(),
                query.asOf());
        return new DestinationOutcomesResponse(query.measure(), ReadmissionRates.destinations(query.measure(),
                query.facilityId(), query.from(), query.to(), results, query.asOf()));
    }

    @QueryHandler
    ReadmissionRatesResponse handle(ReadmissionRatesQuery query) {
        return drillDown.rates(query);
    }

    @QueryHandler
    IndexStayPage handle(FindIndexStaysQuery query) {
        return drillDown.indexStays(query);
    }

    /**
     * Stored results of patients with no fact after asOf are re-judged by {@link IndexStayResult#outcomeAt}; the
     * other patients among the matching stays are judged afresh at asOf, so only they cost more than a read.
     */
    private List<IndexStayResult> resultsAt(ReadmissionMeasure measure, String facilityId, LocalDate from,
                                            LocalDate to, Instant asOf) {
        List<Document> matching = indexStays.matching(measure, facilityId, from, to);
        Set<String> patientIds = new HashSet<>();
        matching.forEach(result -> patientIds.add(result.getString("patientId")));
        Map<String, Optional<Instant>> latestFacts = patients.latestFacts(patientIds);
        List<IndexStayResult> results = new ArrayList<>();
        Set<String> rejudge = new HashSet<>();
        for (Document result : matching) {
            String patientId = result.getString("patientId");
            Optional<Instant> latestFact = latestFacts.getOrDefault(patientId, Optional.empty());
            if (latestFact.isPresent() && asOf.isBefore(latestFact.get())) {
                rejudge.add(patientId);
            } else if (IndexStayStore.isIndexStay(result)) {
                results.add(IndexStayStore.toResult(result));
            }
        }
        for (PatientStore.ReadStays patient : patients.readStays(rejudge)) {
            List<Stay> stays = patient.stays();
            results.addAll(rates.indexStays(timelines.evaluate(patient.patientId(), stays, measure, asOf),
                    timelines.groups(stays, asOf)));
        }
        return results;
    }

    @ResetHandler
    void reset() {
        patients.clear();
        indexStays.clear();
    }

    private void apply(String patientId, String episodeId, String facilityId, long sequence,
                       Consumer<StayFacts> change) {
        ProjectionBatches.handle(this, this::openBatch, batch -> {
            StayFacts episode = batch.episode(episodeId)
                    .orElseGet(() -> new StayFacts(episodeId, patientId, facilityId));
            // at or below the stored sequence it is a redelivery; the first delivery may have stopped before the results
            boolean changed = sequence > episode.sequence;
            if (changed) {
                change.accept(episode);
                episode.sequence = sequence;
            }
            batch.record(patientId, episode, changed);
        });
    }

    private ReadmissionBatch openBatch(List<? extends EventMessage<?>> messages) {
        ReadmissionBatch batch = new ReadmissionBatch(patients, indexStays);
        List<String> admitted = messages.stream()
                .filter(message -> PatientAdmittedEvent.class.equals(message.getPayloadType()))
                .map(message -> ((PatientAdmittedEvent) message.getPayload()).patientId())
                .toList();
        batch.readAhead(ProjectionBatches.aggregateIds(messages), admitted);
        return batch;
    }
}
