package org.caretrail.projections.readmission;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.caretrail.projections.support.DocumentMapper;

/**
 * Episodes in {@code readmission_episodes}, one document each, and per patient an index document in
 * {@code readmission_patients}: the patient's episode ids and the latest fact time seen. Every read and write is by
 * exact id or {@code $in} on ids. The projection is sequenced by patient ({@link PatientSequencingPolicy}), so one
 * segment alone writes a patient; the index is still updated with {@code $addToSet} and {@code $max}, so that a
 * redelivered batch changes nothing.
 *
 * <p>Each write of a patient's index sets a new {@value #REVISION} (an {@link ObjectId}, unique across instances and
 * rebuilds), after the episodes it records were saved. Queries read the patient's stays through {@link #readStays},
 * which keeps the decoded stays of recently read patients by that revision: a read whose index document still has
 * the revision of the kept stays skips reading and decoding the episodes (decision 0029). Only the stays are kept,
 * never a judgement, so every answer is still judged at its own asOf.
 */
class PatientStore {

    private static final String EPISODE_IDS = "episodeIds";
    /** Microseconds since the epoch, rounded up, so that {@code $max} compares numbers and never reads too early. */
    private static final String LATEST_FACT = "latestFactMicros";
    /** Changes with every write of the index; what the decoded stays of a patient are kept by. */
    static final String REVISION = "revision";
    private static final int KEPT_PATIENTS = 4_096;

    private final MongoCollection<Document> patients;
    private final MongoCollection<Document> episodes;
    private final DocumentMapper mapper = new DocumentMapper();
    /** The stays of recently read patients, by patient, with the revision of the index they were read after. */
    private final Map<String, ReadStays> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReadStays> eldest) {
            return size() > KEPT_PATIENTS;
        }
    };

    PatientStore(MongoCollection<Document> patients, MongoCollection<Document> episodes) {
        this.patients = patients;
        this.episodes = episodes;
    }

    List<StayFacts> findEpisodes(Collection<String> episodeIds) {
        List<StayFacts> found = new ArrayList<>();
        episodes.find(in("_id", episodeIds)).forEach(document -> found.add(mapper.fromDocument(document, StayFacts.class)));
        return found;
    }

    void saveEpisodes(Collection<StayFacts> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
        changed.forEach(episode -> writes.add(new ReplaceOneModel<>(eq("_id", episode.episodeId),
                mapper.toDocument(episode), new ReplaceOptions().upsert(true))));
        episodes.bulkWrite(writes);
    }

    /** Records the patients' new episodes and latest fact times, after the episodes were saved. */
    void recordChanges(Collection<PatientChange> changes) {
        if (!changes.isEmpty()) {
            patients.bulkWrite(changes.stream().map(PatientStore::recording).toList());
        }
    }

    private static WriteModel<Document> recording(PatientChange change) {
        List<Bson> updates = new ArrayList<>(List.of(Updates.addEachToSet(EPISODE_IDS, List.copyOf(change.episodeIds()))));
        change.latestFact().ifPresent(at -> updates.add(Updates.max(LATEST_FACT, micros(at))));
        updates.add(Updates.set(REVISION, new ObjectId()));
        return new UpdateOneModel<>(eq("_id", change.patientId()), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    /** The patient's episodes. */
    Optional<PatientStays> find(String patientId) {
        return findAll(List.of(patientId)).stream().findFirst();
    }

    List<PatientStays> findAll(Collection<String> patientIds) {
        List<Document> indexes = patients.find(in("_id", patientIds)).into(new ArrayList<>());
        List<String> episodeIds = new ArrayList<>();
        indexes.forEach(index -> episodeIds.addAll(index.getList(EPISODE_IDS, String.class)));
        Map<String, List<StayFacts>> byPatient = new HashMap<>();
        episodes.find(in("_id", episodeIds)).forEach(document -> {
            StayFacts episode = mapper.fromDocument(document, StayFacts.class);
            byPatient.computeIfAbsent(episode.patientId, id -> new ArrayList<>()).add(episode);
        });
        return indexes.stream().map(index -> new PatientStays(index.getString("_id"),
                byPatient.getOrDefault(index.getString("_id"), List.of()))).toList();
    }

    /**
     * For queries: the stays of these patients that are known (in the order their indexes are found), each read
     * after its index document. A patient whose index has the revision of the stays kept from an earlier read
     * answers with those; the others' episodes are read in one query, decoded, and kept. Stays are immutable, so
     * one kept list is shared by every reader.
     */
    List<ReadStays> readStays(Collection<String> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        Bson which = patientIds.size() == 1 ? eq("_id", patientIds.iterator().next()) : in("_id", patientIds);
        List<Document> indexes = patients.find(which).into(new ArrayList<>());
        Map<String, ReadStays> found = new HashMap<>();
        List<Document> toRead = new ArrayList<>();
        for (Document index : indexes) {
            String patientId = index.getString("_id");
            Object revision = index.get(REVISION);
            ReadStays known;
            synchronized (kept) {
                known = kept.get(patientId);
            }
            if (revision != null && known != null && revision.equals(known.revision())) {
                found.put(patientId, known);
            } else {
                toRead.add(index);
            }
        }
        if (!toRead.isEmpty()) {
            List<String> episodeIds = new ArrayList<>();
            toRead.forEach(index -> episodeIds.addAll(index.getList(EPISODE_IDS, String.class)));
            Map<String, List<StayFacts>> byPatient = new HashMap<>();
            episodes.find(in("_id", episodeIds)).forEach(document -> {
                StayFacts episode = mapper.fromDocument(document, StayFacts.class);
                byPatient.computeIfAbsent(episode.patientId, id -> new ArrayList<>()).add(episode);
            });
            for (Document index : toRead) {
                String patientId = index.getString("_id");
                Object revision = index.get(REVISION);
                ReadStays read = new ReadStays(patientId, revision,
                        new PatientStays(patientId, byPatient.getOrDefault(patientId, List.of())).stays());
                found.put(patientId, read);
                if (revision != null) {
                    synchronized (kept) {
                        kept.put(patientId, read);
                    }
                }
            }
        }
        return indexes.stream().map(index -> found.get(index.getString("_id"))).filter(Objects::nonNull).toList();
    }

    /** A patient's stays as a query reads them, with the revision of the index they were read after (null: none). */
    record ReadStays(String patientId, Object revision, List<Stay> stays) {
    }

    /** The ids of every episode of the patient seen so far; empty for a patient not seen. */
    List<String> episodeIds(String patientId) {
        Document index = patients.find(eq("_id", patientId)).projection(Projections.include(EPISODE_IDS)).first();
        return index == null ? List.of() : List.copyOf(index.getList(EPISODE_IDS, String.class));
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
        synchronized (kept) {
            kept.clear();
        }
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
