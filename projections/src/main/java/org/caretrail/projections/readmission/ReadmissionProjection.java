package org.caretrail.projections.readmission;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.readmission.api.FindPatientTimelineQuery;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionRateQuery;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.projections.facility.Facilities;
import org.springframework.stereotype.Component;

/**
 * Readmission timelines and rates. Each patient's episodes live in one {@code readmission_patients} document, read by
 * exact id and written with optimistic concurrency (events of one patient arrive on several segments, which are split
 * by episode); each write re-judges the patient into {@code readmission_index_stays}, which rate queries scan.
 */
@Component
@ProcessingGroup(ReadmissionProjection.PROCESSING_GROUP)
public class ReadmissionProjection {

    public static final String PROCESSING_GROUP = "readmission";
    public static final String PATIENTS = "readmission_patients";
    public static final String INDEX_STAYS = "readmission_index_stays";
    /** Conflicts need another segment writing the same patient at the same moment; this many in a row is a fault. */
    private static final int MAX_ATTEMPTS = 100;

    private final PatientStore patients;
    private final IndexStayStore indexStays;
    private final ReadmissionTimelines timelines;
    private final ReadmissionRates rates;

    public ReadmissionProjection(MongoDatabase database, Facilities facilities) {
        this.patients = new PatientStore(database.getCollection(PATIENTS));
        this.timelines = new ReadmissionTimelines(facilities::zoneOf);
        this.rates = new ReadmissionRates(facilities::zoneOf);
        this.indexStays = new IndexStayStore(database.getCollection(INDEX_STAYS), timelines, rates,
                new FacilityZones(facilities::zoneOf));
    }

    @EventHandler
    void on(PatientAdmittedEvent event, @SequenceNumber long sequence) {
        apply(event.patientId(), event.episodeId(), event.facilityId(), sequence, episode -> {
            episode.admittedAt = event.occurredAt();
            episode.classSlices.add(new ClassSlice(ApiViews.stayClass(event.patientClass()), event.occurredAt()));
            episode.principalDiagnosis = event.principalDiagnosis();
            episode.planned = event.planned();
        });
    }

    @EventHandler
    void on(PatientClassChangedEvent event, @SequenceNumber long sequence) {
        apply(event.patientId(), event.episodeId(), event.facilityId(), sequence, episode ->
                episode.classSlices.add(new ClassSlice(ApiViews.stayClass(event.toClass()), event.occurredAt())));
    }

    @EventHandler
    void on(PatientDischargedEvent event, @SequenceNumber long sequence) {
        apply(event.patientId(), event.episodeId(), event.facilityId(), sequence, episode -> {
            episode.dischargedAt = event.occurredAt();
            episode.disposition = event.disposition();
        });
    }

    @EventHandler
    void on(DischargeCancelledEvent event, @SequenceNumber long sequence) {
        apply(event.patientId(), event.episodeId(), event.facilityId(), sequence, episode -> {
            episode.dischargedAt = null;
            episode.disposition = null;
        });
    }

    @EventHandler
    void on(EpisodeCancelledEvent event, @SequenceNumber long sequence) {
        apply(event.patientId(), event.episodeId(), event.facilityId(), sequence, episode -> episode.cancelled = true);
    }

    @EventHandler
    void on(EpisodeDetailsCorrectedEvent event, @SequenceNumber long sequence) {
        apply(event.patientId(), event.episodeId(), event.facilityId(), sequence, episode -> {
            Optional.ofNullable(event.principalDiagnosis()).ifPresent(code -> episode.principalDiagnosis = code);
            Optional.ofNullable(event.planned()).ifPresent(planned -> episode.planned = planned);
        });
    }

    @QueryHandler
    Optional<PatientTimelineResponse> handle(FindPatientTimelineQuery query) {
        return patients.find(query.patientId()).map(patient -> ApiViews.timeline(timelines.evaluate(
                patient.patientId, patient.stays(), ApiViews.measure(query.measure()), query.asOf())));
    }

    /**
     * Stored results of patients with no fact after asOf are re-judged by {@link IndexStayResult#outcomeAt}; the
     * other patients among the matching stays are judged afresh at asOf, so only they cost more than a read.
     */
    @QueryHandler
    ReadmissionRateResponse handle(ReadmissionRateQuery query) {
        ReadmissionMeasure measure = ApiViews.measure(query.measure());
        Instant asOf = query.asOf();
        List<Document> matching = indexStays.matching(measure, query.facilityId(), query.from(), query.to());
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
        for (PatientStays patient : patients.findAll(rejudge)) {
            results.addAll(rates.indexStays(timelines.evaluate(patient.patientId, patient.stays(), measure, asOf)));
        }
        return ApiViews.rate(ReadmissionRates.rateOf(measure, query.facilityId(), query.from(), query.to(), results,
                asOf));
    }

    @ResetHandler
    void reset() {
        patients.clear();
        indexStays.clear();
    }

    private void apply(String patientId, String episodeId, String facilityId, long sequence,
                       Consumer<EpisodeFacts> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            PatientStays patient = patients.find(patientId).orElseGet(() -> new PatientStays(patientId));
            EpisodeFacts episode = patient.episode(episodeId, facilityId);
            if (sequence <= episode.sequence) {
                // a redelivery: the first delivery may have stopped before it wrote the results
                storeResults(patient);
                return;
            }
            change.accept(episode);
            episode.sequence = sequence;
            patient.refresh();
            if (patients.storeIfUnchanged(patient)) {
                storeResults(patient);
                return;
            }
        }
        throw new ConcurrentModificationException("patient " + patientId + " kept changing under episode " + episodeId);
    }

    /**
     * Writes the results judged from this version, then again from a newer one if another segment stored one in the
     * meantime: whichever writer finishes last has checked that its results come from the latest version.
     */
    private void storeResults(PatientStays written) {
        PatientStays current = written;
        for (int round = 0; round < MAX_ATTEMPTS; round++) {
            indexStays.replace(current);
            PatientStays latest = patients.find(current.patientId).orElseThrow();
            if (latest.version == current.version) {
                return;
            }
            current = latest;
        }
        throw new ConcurrentModificationException("results of patient " + written.patientId + " kept going stale");
    }
}
