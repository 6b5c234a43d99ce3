package org.caretrail.projections.support;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * Documents of one collection as a batch sees them: read by id (many at once when known ahead), changed in memory,
 * and written back whole in one bulk write.
 */
public final class DocumentBatch implements ProjectionBatches.Batch {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    /** Every id read or written so far; a null value means the document does not exist. */
    private final Map<String, Document> known = new HashMap<>();
    private final Map<String, Document> changed = new LinkedHashMap<>();

    public DocumentBatch(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** Reads the documents with these ids that are not known yet, in one query. */
    public void readAhead(Collection<String> ids) {
        List<String> unknown = ids.stream().distinct().filter(id -> !known.containsKey(id)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        unknown.forEach(id -> known.put(id, null));
        collection.find(in("_id", unknown)).forEach(document -> known.put(document.get("_id").toString(), document));
    }

    public Optional<Document> get(String id) {
        readAhead(List.of(id));
        return Optional.ofNullable(known.get(id));
    }

    /** Replaces the document with this id (or inserts it) when the batch is flushed. */
    public void put(String id, Document document) {
        known.put(id, document);
        changed.put(id, document);
    }

    @Override
    public void flush() {
        if (changed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
        changed.forEach((id, document) -> writes.add(new ReplaceOneModel<>(eq("_id", id), document, UPSERT)));
        collection.bulkWrite(writes);
        changed.clear();
    }
}
