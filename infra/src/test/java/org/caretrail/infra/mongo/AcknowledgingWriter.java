package org.caretrail.infra.mongo;

import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;

/**
 * Child process for the crash test: writes numbered documents to a persistent embedded server
 * one at a time and prints each number once the server has acknowledged it, until killed.
 */
public final class AcknowledgingWriter {

    private AcknowledgingWriter() {
    }

    public static void main(String[] args) {
        MongoSettings settings = new MongoSettings(null, "crash", Path.of(args[0]), 0, false);
        try (MongoConnection connection = MongoConnection.open(settings)) {
            MongoCollection<Document> writes = connection.database().getCollection("writes");
            System.out.println("ready");
            for (int n = 0; ; n++) {
                writes.insertOne(new Document("_id", n).append("payload", "acknowledged write " + n));
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }
}
