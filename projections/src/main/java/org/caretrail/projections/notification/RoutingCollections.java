package org.caretrail.projections.notification;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/** The collections of notification routing: its knowledge of patients, recipients and episodes, the outbox, the events. */
record RoutingCollections(MongoCollection<Document> patients, MongoCollection<Document> recipients,
                          MongoCollection<Document> episodes, MongoCollection<Document> outbox,
                          MongoCollection<Document> events) {

    static RoutingCollections in(MongoDatabase database) {
        return new RoutingCollections(database.getCollection("notification_patients"),
                database.getCollection("notification_recipients"), database.getCollection("notification_episodes"),
                database.getCollection(OutboxDocuments.OUTBOX), database.getCollection(OutboxDocuments.EVENTS));
    }
}
