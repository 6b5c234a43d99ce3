package org.caretrail.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The event store as the database holds it, read with the plain driver: one document per commit,
 * its events, the positions and stream keys it claims. For checks that must not trust the engine.
 */
final class StoredEvents {

    /** One stored event: its episode, its sequence in it, its payload type and its global position. */
    record Event(String episodeId, long sequence, String payloadType, long position) {
    }

    private final List<BsonDocument> commits = new ArrayList<>();

    StoredEvents(MongoDatabase database) {
        database.getCollection("events", BsonDocument.class).find().into(commits);
    }

    /**
     * Every commit is whole: as many events as positions and stream keys, each event at its claimed
     * position and key. A commit voided by a failed append holds no events.
     */
    void assertNoCommitIsHalfWritten() {
        for (BsonDocument commit : commits) {
            List<BsonValue> events = commit.getArray("events").getValues();
            List<BsonValue> positions = commit.getArray("positions").getValues();
            if (commit.containsKey("voided")) {
                assertThat(events).as("voided commit %s", commit.get("_id")).isEmpty();
                continue;
            }
            assertThat(events).as("events of commit %s", commit.get("_id")).hasSameSizeAs(positions).isNotEmpty();
            List<String> keys = commit.getArray("streamKeys").getValues().stream()
                    .map(key -> key.asString().getValue()).toList();
            assertThat(keys).hasSameSizeAs(events);
            for (int i = 0; i < events.size(); i++) {
                BsonDocument event = events.get(i).asDocument();
                assertThat(event.getNumber("globalIndex").longValue()).isEqualTo(positions.get(i).asNumber().longValue());
                assertThat(keys.get(i)).isEqualTo(event.getString("aggregateIdentifier").getValue() + ":"
                        + event.getNumber("sequenceNumber").longValue());
                assertThat(event.getDocument("payload")).isNotNull();
            }
        }
    }

    /** Every episode's events carry the sequences 0, 1, 2, ... once each. */
    void assertEveryEpisodeIsOneUnbrokenSequence() {
        byEpisode().forEach((episode, events) -> assertThat(events.stream().map(Event::sequence).toList())
                .as("sequences of %s", episode)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, events.size()).boxed().toList()));
    }

    /** The events of each episode in sequence order. */
    Map<String, List<Event>> byEpisode() {
        Map<String, List<Event>> episodes = new TreeMap<>();
        for (BsonDocument commit : commits) {
            for (BsonValue value : commit.getArray("events")) {
                BsonDocument event = value.asDocument();
                Event stored = new Event(event.getString("aggregateIdentifier").getValue(),
                        event.getNumber("sequenceNumber").longValue(), simpleName(event.getString("payloadType").getValue()),
                        event.getNumber("globalIndex").longValue());
                episodes.computeIfAbsent(stored.episodeId(), id -> new ArrayList<>()).add(stored);
            }
        }
        episodes.values().forEach(events -> events.sort(java.util.Comparator.comparingLong(Event::sequence)));
        return episodes;
    }

    List<Event> of(String episodeId) {
        return byEpisode().getOrDefault(episodeId, List.of());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
