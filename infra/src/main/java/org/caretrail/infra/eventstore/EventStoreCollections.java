package org.caretrail.infra.eventstore;

import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.BsonDocument;

/**
 * The event store's three collections, all writing with majority concern and reading the primary, so that
 * replication lag on a replica set never looks like a gap or a missing event.
 */
record EventStoreCollections(MongoCollection<BsonDocument> events,
                             MongoCollection<BsonDocument> snapshots,
                             MongoCollection<BsonDocument> counters) {

    static EventStoreCollections open(MongoDatabase database, String events, String snapshots, String counters) {
        return new EventStoreCollections(collection(database, events),
                                         collection(database, snapshots),
                                         collection(database, counters));
    }

    private static MongoCollection<BsonDocument> collection(MongoDatabase database, String name) {
        return database.getCollection(name, BsonDocument.class)
                       .withWriteConcern(WriteConcern.MAJORITY)
                       .withReadPreference(ReadPreference.primary());
    }

    void ensureIndexes() {
        events.createIndex(Indexes.ascending(CommitDocuments.POSITIONS),
                           new IndexOptions().unique(true).name("unique_positions"));
        events.createIndex(Indexes.ascending(CommitDocuments.STREAM_KEYS),
                           new IndexOptions().unique(true).sparse(true).name("unique_stream_keys"));
        snapshots.createIndex(Indexes.ascending(EventEntries.AGGREGATE_IDENTIFIER),
                              new IndexOptions().unique(true).name("unique_aggregate_identifier"));
    }
}
