package org.caretrail.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.bson.BsonDocument;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Looking up the commits that claim a set of positions, as the trackers do for every batch. */
class CommitDocumentsTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private static final Instant STORED = Instant.parse("2026-03-01T10:00:00Z");

    private MongoCollection<BsonDocument> events;

    @BeforeEach
    void freshCollection() {
        events = mongo.newDatabase().getCollection("events", BsonDocument.class);
    }

    @Test
    void everyCommitIsFoundOnceWhateverPositionsOfItAreAskedFor() {
        events.insertOne(CommitDocuments.voided(1, 10, STORED, "test"));
        events.insertOne(CommitDocuments.voided(11, 1, STORED, "test"));

        assertThat(positionsOf(CommitDocuments.claiming(events, range(1, 12), null)))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void aCommitStoredJustAfterTheFirstLookupAtAPositionItProbedIsFoundWithTheOnesAboveIt() {
        // positions 1 and 9 are the first lookup's probes (every eighth); 9 is stored only after it ran, yet before
        // 10..16, which the second lookup finds: leaving 9 out would deliver later commits before an earlier one
        for (long position = 2; position <= 16; position++) {
            if (position != 9) {
                events.insertOne(CommitDocuments.voided(position, 1, STORED, "test"));
            }
        }

        List<BsonDocument> found = CommitDocuments.claiming(events, range(1, 16), null,
                () -> events.insertOne(CommitDocuments.voided(9, 1, STORED, "stored between the lookups")));

        assertThat(positionsOf(found)).containsExactlyElementsOf(range(2, 16));
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Long> positionsOf(List<BsonDocument> commits) {
        List<Long> positions = new ArrayList<>();
        commits.forEach(commit -> positions.addAll(CommitDocuments.positions(commit)));
        return positions.stream().sorted().toList();
    }
}
