package org.caretrail.projections.readmission;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.caretrail.projections.support.DocumentMapper;

/**
 * Patient documents read by exact id and written with optimistic concurrency: a write names the version it read,
 * and loses (returns false) when another segment wrote the patient in between, so the caller re-reads and retries.
 */
final class PatientStore {

    private final MongoCollection<Document> patients;
    private final DocumentMapper mapper = new DocumentMapper();

    PatientStore(MongoCollection<Document> patients) {
        this.patients = patients;
    }

    Optional<PatientStays> find(String patientId) {
        return Optional.ofNullable(patients.find(eq("_id", patientId)).first())
                .map(document -> mapper.fromDocument(document, PatientStays.class));
    }

    List<PatientStays> findAll(Collection<String> patientIds) {
        return patients.find(in("_id", patientIds)).map(document -> mapper.fromDocument(document, PatientStays.class))
                .into(new java.util.ArrayList<>());
    }

    /** Each patient's latest fact time (absent when the patient has none), read without the stays themselves. */
    Map<String, Optional<Instant>> latestFacts(Collection<String> patientIds) {
        Map<String, Optional<Instant>> latest = new HashMap<>();
        patients.find(in("_id", patientIds)).projection(Projections.include("latestFactAt")).forEach(document -> {
            Object at = document.get("latestFactAt");
            latest.put(document.getString("_id"), Optional.ofNullable(at).map(value -> Instant.parse(value.toString())));
        });
        return latest;
    }

    /** Stores the patient at the next version if nobody else wrote it since it was read; false when someone did. */
    boolean storeIfUnchanged(PatientStays patient) {
        long readVersion = patient.version;
        patient.version = readVersion + 1;
        Document document = mapper.toDocument(patient);
        if (readVersion == 0) {
            return insertNew(patient, document);
        }
        boolean stored = patients.replaceOne(and(eq("_id", patient.patientId), eq("version", readVersion)), document)
                .getMatchedCount() == 1;
        if (!stored) {
            patient.version = readVersion;
        }
        return stored;
    }

    private boolean insertNew(PatientStays patient, Document document) {
        try {
            patients.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            patient.version = 0;
            return false;
        }
    }

    void clear() {
        patients.deleteMany(new Document());
    }
}
