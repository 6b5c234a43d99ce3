package org.caretrail.infra.mongo;

import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;

/**
 * Child process for the crash test: writes numbered documents to a persistent embedded server
 * one at a time and prints each number once the server has acknowledged it, until killed (or
 * after two minutes at most).
 */
public final class AcknowledgingWriter {

    private AcknowledgingWriter() {
    }

    public static void main(String[] args) {
        MongoSettings settings = new MongoSettings(null, "crash", Path.of(args[0]), 0, false);
        try (MongoConnection connection = MongoConnection.open(settings)) {
            MongoCollection<Document> writes = connection.database().getCollection("writes");
            System.out.println("ready");
            // Bounded in count and time, so that it stops by itself if the test never kills it.
            long deadline = System.nanoTime() + 120_000_000_000L;
            for (int n = 0; n < 200_000 && System.nanoTime() < deadline; n++) {
                writes.insertOne(new Document("_id", n).append("payload", "acknowledged write " + n));
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }
}
