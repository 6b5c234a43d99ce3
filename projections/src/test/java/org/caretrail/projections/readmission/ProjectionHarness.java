package org.caretrail.projections.readmission;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.readmission.api.FindPatientTimelineQuery;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionRateQuery;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.facility.FacilityCalendar;
import org.caretrail.projections.support.EpisodeFeed;
import org.caretrail.projections.support.InOneBatch;

/** A readmission projection over a test database, fed events the way a processor delivers them. */
final class ProjectionHarness {

    static final Facilities FACILITIES = new Facilities(Map.of(
            "F-NY", new FacilityCalendar(ZoneId.of("America/New_York"), Set.of()),
            "F-CHI", new FacilityCalendar(ZoneId.of("America/Chicago"), Set.of())));

    private final MongoDatabase database;
    final ReadmissionProjection projection;

    /** Over a fresh database, such as {@link org.caretrail.projections.support.EmbeddedMongo#newDatabase()} gives. */
    ProjectionHarness(MongoDatabase database) {
        this.database = database;
        projection = new ReadmissionProjection(database, FACILITIES);
    }

    void deliver(EpisodeFeed.Delivery delivery) {
        projection.on(delivery.event(), delivery.sequence());
    }

    void deliverAll(Collection<EpisodeFeed.Delivery> deliveries) {
        deliveries.forEach(this::deliver);
    }

    void deliverInOrder(EpisodeFeed... feeds) {
        for (EpisodeFeed feed : feeds) {
            deliverAll(feed.deliveries());
        }
    }

    /** Delivers the feeds' events, one feed after the other, as processor batches of at most {@code size} events. */
    void deliverInBatches(int size, EpisodeFeed... feeds) {
        InOneBatch batch = new InOneBatch();
        int inBatch = 0;
        for (EpisodeFeed feed : feeds) {
            for (EpisodeFeed.Delivery delivery : feed.deliveries()) {
                batch.add(feed.episodeId(), delivery.sequence(), delivery.event());
                if (++inBatch == size) {
                    batch.handle(this::deliver);
                    batch = new InOneBatch();
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            batch.handle(this::deliver);
        }
    }

    /** Delivers the feeds as one processor batch; {@code atTokenUpdate} runs before the batch is written. */
    void deliverInOneBatch(Runnable atTokenUpdate, EpisodeFeed... feeds) {
        InOneBatch batch = new InOneBatch();
        for (EpisodeFeed feed : feeds) {
            feed.deliveries().forEach(delivery -> batch.add(feed.episodeId(), delivery.sequence(), delivery.event()));
        }
        batch.handle(this::deliver, atTokenUpdate);
    }

    private void deliver(EventMessage<?> message) {
        projection.on((EpisodeEvent) message.getPayload(), ((DomainEventMessage<?>) message).getSequenceNumber());
    }

    PatientTimelineResponse timeline(String patientId, ReadmissionMeasure measure, String asOf) {
        return projection.handle(new FindPatientTimelineQuery(patientId, measure, Instant.parse(asOf)))
                .orElseThrow(() -> new AssertionError("no timeline for " + patientId));
    }

    boolean hasTimeline(String patientId) {
        return projection.handle(new FindPatientTimelineQuery(patientId, ReadmissionMeasure.ACUTE_30,
                Instant.parse("2030-01-01T00:00:00Z"))).isPresent();
    }

    ReadmissionRateResponse rate(ReadmissionMeasure measure, String facilityId, String from, String to, String asOf) {
        return projection.handle(new ReadmissionRateQuery(measure, facilityId, LocalDate.parse(from), LocalDate.parse(to),
                Instant.parse(asOf)));
    }

    /**
     * Every stored document of the projection, sorted by id; without the patients' revisions, which are new with
     * every write by design (they only tell a reader that its decoded stays are still current).
     */
    List<Document> storedState() {
        List<Document> state = new ArrayList<>();
        for (String name : List.of(ReadmissionProjection.PATIENTS, ReadmissionProjection.EPISODES,
                ReadmissionProjection.INDEX_STAYS)) {
            database.getCollection(name).find().sort(new Document("_id", 1)).forEach(document -> {
                Object episodeIds = document.get("episodeIds");
                if (episodeIds instanceof List<?> ids) {
                    document.put("episodeIds", ids.stream().map(Object::toString).sorted().toList());
                }
                document.remove(PatientStore.REVISION);
                state.add(document);
            });
        }
        return state;
    }

    long storedResults() {
        return database.getCollection(ReadmissionProjection.INDEX_STAYS).countDocuments();
    }

    void reset() {
        projection.reset();
    }
}
