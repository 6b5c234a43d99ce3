package org.caretrail.projections.readmission;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.caretrail.projections.support.DocumentMapper;

/**
 * Episodes in {@code readmission_episodes}, one document each, and per patient an index document in
 * {@code readmission_patients}: the patient's episode ids, a count of changes and the latest fact time seen. Every
 * read and write is by exact id or {@code $in} on ids, and the index is only ever updated atomically
 * ({@code $addToSet}, {@code $inc}, {@code $max}), so segments writing one patient at once never lose each other's
 * episodes.
 */
class PatientStore {

    private static final String EPISODE_IDS = "episodeIds";
    private static final String CHANGES = "changes";
    /** Microseconds since the epoch, rounded up, so that {@code $max} compares numbers and never reads too early. */
    private static final String LATEST_FACT = "latestFactMicros";

    private final MongoCollection<Document> patients;
    private final MongoCollection<Document> episodes;
    private final DocumentMapper mapper = new DocumentMapper();

    PatientStore(MongoCollection<Document> patients, MongoCollection<Document> episodes) {
        this.patients = patients;
        this.episodes = episodes;
    }

    List<EpisodeFacts> findEpisodes(Collection<String> episodeIds) {
        List<EpisodeFacts> found = new ArrayList<>();
        episodes.find(in("_id", episodeIds)).forEach(document -> found.add(mapper.fromDocument(document, EpisodeFacts.class)));
        return found;
    }

    void saveEpisodes(Collection<EpisodeFacts> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
        changed.forEach(episode -> writes.add(new ReplaceOneModel<>(eq("_id", episode.episodeId),
                mapper.toDocument(episode), new ReplaceOptions().upsert(true))));
        episodes.bulkWrite(writes);
    }

    /** Records that the patients' episodes changed, after they were saved: readers that saw an older count judge again. */
    void recordChanges(Collection<PatientChange> changes) {
        List<WriteModel<Document>> writes = changes.stream().map(PatientStore::recording).toList();
        int from = 0;
        for (int attempt = 0; from < writes.size() && attempt <= writes.size(); attempt++) {
            try {
                patients.bulkWrite(writes.subList(from, writes.size()));
                return;
            } catch (MongoBulkWriteException e) {
                // two first writes of one patient raced to insert it: the other one's document exists now, so the
                // failed upsert updates it when tried again; those before it were applied, those after were not
                BulkWriteError first = e.getWriteErrors().get(0);
                if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                from += first.getIndex();
            }
        }
        if (from < writes.size()) {
            throw new IllegalStateException("recording changes of " + changes.size() + " patients kept colliding");
        }
    }

    private static WriteModel<Document> recording(PatientChange change) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.addEachToSet(EPISODE_IDS, List.copyOf(change.episodeIds())), Updates.inc(CHANGES, change.count())));
        change.latestFact().ifPresent(at -> updates.add(Updates.max(LATEST_FACT, micros(at))));
        return new UpdateOneModel<>(eq("_id", change.patientId()), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    /** Each patient's count of changes as stored now; patients not stored count none. */
    Map<String, Long> changesOf(Collection<String> patientIds) {
        Map<String, Long> changes = new HashMap<>();
        patients.find(in("_id", patientIds)).projection(Projections.include(CHANGES))
                .forEach(patient -> changes.put(patient.getString("_id"), ((Number) patient.get(CHANGES)).longValue()));
        return changes;
    }

    long changesOf(String patientId) {
        Document patient = patients.find(eq("_id", patientId)).projection(Projections.include(CHANGES)).first();
        return patient == null ? 0 : ((Number) patient.get(CHANGES)).longValue();
    }

    /** The patient's episodes, read after the change count, so that they include every change that count covers. */
    Optional<PatientStays> find(String patientId) {
        return findAll(List.of(patientId)).stream().findFirst();
    }

    List<PatientStays> findAll(Collection<String> patientIds) {
        List<Document> indexes = patients.find(in("_id", patientIds)).into(new ArrayList<>());
        List<String> episodeIds = new ArrayList<>();
        indexes.forEach(index -> episodeIds.addAll(index.getList(EPISODE_IDS, String.class)));
        Map<String, List<EpisodeFacts>> byPatient = new HashMap<>();
        episodes.find(in("_id", episodeIds)).forEach(document -> {
            EpisodeFacts episode = mapper.fromDocument(document, EpisodeFacts.class);
            byPatient.computeIfAbsent(episode.patientId, id -> new ArrayList<>()).add(episode);
        });
        return indexes.stream().map(index -> new PatientStays(index.getString("_id"),
                ((Number) index.get(CHANGES)).longValue(),
                byPatient.getOrDefault(index.getString("_id"), List.of()))).toList();
    }

    /** The patient an episode belongs to, if the episode is known. */
    Optional<String> patientOf(String episodeId) {
        return Optional.ofNullable(episodes.find(eq("_id", episodeId)).projection(new Document("patientId", 1)).first())
                .map(document -> document.getString("patientId"));
    }

    /** Each patient's latest fact time ever recorded (never too early), read without the episodes. */
    Map<String, Optional<Instant>> latestFacts(Collection<String> patientIds) {
        Map<String, Optional<Instant>> latest = new HashMap<>();
        patients.find(in("_id", patientIds)).projection(Projections.include(LATEST_FACT)).forEach(document -> {
            Object nanos = document.get(LATEST_FACT);
            latest.put(document.getString("_id"), Optional.ofNullable(nanos)
                    .map(value -> instant(((Number) value).longValue())));
        });
        return latest;
    }

    void clear() {
        patients.deleteMany(new Document());
        episodes.deleteMany(new Document());
    }

    private static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), (at.getNano() + 999) / 1_000);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
