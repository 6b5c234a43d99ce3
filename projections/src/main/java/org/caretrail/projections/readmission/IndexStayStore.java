package org.caretrail.projections.readmission;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.caretrail.projections.facility.Facilities;

/**
 * The rate read model, {@code readmission_index_stays}: one document per measure and discharged stay taking part in
 * it, judged at the latest fact time of the patient's episodes as read. Excluded stays are kept too (with {@code indexStay: false}): at an
 * earlier asOf they may have been index stays, and they lead a rate query to the patients it must re-judge.
 */
final class IndexStayStore {

    /** Documents per reply of a scan: the embedded server otherwise answers a find's first batch whole. */
    private static final int SCAN_BATCH = 1_000;

    private final MongoCollection<Document> results;
    private final ReadmissionTimelines timelines;
    private final ReadmissionRates rates;
    private final Facilities zones;

    IndexStayStore(MongoCollection<Document> results, ReadmissionTimelines timelines, ReadmissionRates rates,
                   Facilities zones) {
        this.results = results;
        this.timelines = timelines;
        this.rates = rates;
        this.zones = zones;
    }

    /**
     * Replaces the stored results of these patients' episodes with the wanted ones, in one read and one bulk write;
     * writes only what changed.
     */
    void write(Collection<PatientStays> patients, Map<String, Document> wanted) {
        List<String> keys = new ArrayList<>();
        for (PatientStays patient : patients) {
            for (StayFacts episode : patient.episodes()) {
                for (ReadmissionMeasure measure : ReadmissionMeasure.values()) {
                    keys.add(key(measure, episode.episodeId));
                }
            }
        }
        Map<String, Document> stored = new HashMap<>();
        results.find(in("_id", keys)).forEach(document -> stored.put(document.getString("_id"), document));
        List<WriteModel<Document>> writes = new ArrayList<>();
        wanted.forEach((key, document) -> {
            if (!document.equals(stored.get(key))) {
                writes.add(new ReplaceOneModel<>(eq("_id", key), document, new ReplaceOptions().upsert(true)));
            }
        });
        stored.keySet().stream().filter(key -> !wanted.containsKey(key))
                .forEach(key -> writes.add(new DeleteOneModel<>(eq("_id", key))));
        if (!writes.isEmpty()) {
            results.bulkWrite(writes);
        }
    }

    /** The stored results of one measure whose facility and discharge date match, including excluded stays. */
    List<Document> matching(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to) {
        List<Bson> filters = new ArrayList<>(List.of(eq("measure", measure.name()),
                gte("dischargeDate", from.toString()), lte("dischargeDate", to.toString())));
        if (facilityId != null) {
            filters.add(eq("facilityId", facilityId));
        }
        return results.find(and(filters)).batchSize(SCAN_BATCH).into(new ArrayList<>());
    }

    static boolean isIndexStay(Document result) {
        return Boolean.TRUE.equals(result.getBoolean("indexStay"));
    }

    static IndexStayResult toResult(Document result) {
        Object changesAt = result.get("outcomeChangesAt");
        return new IndexStayResult(result.getString("patientId"), result.getString("episodeId"),
                ReadmissionMeasure.valueOf(result.getString("measure")), result.getString("facilityId"),
                LocalDate.parse(result.getString("dischargeDate")),
                ReadmissionOutcome.valueOf(result.getString("outcome")),
                changesAt == null ? null : Instant.parse(changesAt.toString()),
                cohorts(result, "cohorts"), cohorts(result, "ageUnknownCohorts"),
                result.getString("destinationProviderId"));
    }

    private static Set<Cohort> cohorts(Document result, String field) {
        List<String> names = result.getList(field, String.class, List.of());
        return names.stream().map(Cohort::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Cohort.class)));
    }

    void clear() {
        results.deleteMany(new Document());
    }

    /** The result documents of the patient's stays, judged at the latest fact time of its episodes. */
    Map<String, Document> judge(PatientStays patient) {
        Map<String, Document> wanted = new HashMap<>();
        Optional<Instant> latestFact = patient.latestFact();
        if (latestFact.isEmpty()) {
            return wanted;
        }
        List<Stay> stays = patient.stays();
        Map<String, StayGroups> groups = timelines.groups(stays, latestFact.get());
        for (ReadmissionMeasure measure : ReadmissionMeasure.values()) {
            PatientTimelineResponse timeline = timelines.evaluate(patient.patientId(), stays, measure, latestFact.get());
            Map<String, IndexStayResult> indexStays = new HashMap<>();
            rates.indexStays(timeline, groups).forEach(result -> indexStays.put(result.episodeId(), result));
            for (TimelineStayView stay : timeline.stays()) {
                if (stay.dischargedAt() != null && Participation.takesPart(measure, stay.finalClass())) {
                    Document document = toDocument(patient.patientId(), measure, stay, indexStays.get(stay.episodeId()));
                    wanted.put(document.getString("_id"), document);
                }
            }
        }
        return wanted;
    }

    private Document toDocument(String patientId, ReadmissionMeasure measure, TimelineStayView stay, IndexStayResult index) {
        Document document = new Document("_id", key(measure, stay.episodeId()))
                .append("patientId", patientId)
                .append("episodeId", stay.episodeId())
                .append("measure", measure.name())
                .append("facilityId", stay.facilityId())
                .append("dischargeDate", zones.dateAt(stay.facilityId(), stay.dischargedAt()).toString())
                .append("indexStay", index != null);
        if (index != null) {
            document.append("outcome", index.outcome().name());
            if (index.outcomeChangesAt() != null) {
                document.append("outcomeChangesAt", index.outcomeChangesAt().toString());
            }
            if (!index.cohorts().isEmpty()) {
                document.append("cohorts", names(index.cohorts()));
            }
            if (index.destinationProviderId() != null) {
                document.append("destinationProviderId", index.destinationProviderId());
            }
            if (!index.ageUnknownCohorts().isEmpty()) {
                document.append("ageUnknownCohorts", names(index.ageUnknownCohorts()));
            }
        }
        return document;
    }

    private static List<String> names(Set<Cohort> cohorts) {
        return cohorts.stream().sorted().map(Cohort::name).toList();
    }

    private static String key(ReadmissionMeasure measure, String episodeId) {
        return measure.name() + ":" + episodeId;
    }
}
