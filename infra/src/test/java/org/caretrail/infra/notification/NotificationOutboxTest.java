package org.caretrail.infra.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NotificationOutboxTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private MongoDatabase database;
    private NotificationOutbox outbox;

    @BeforeEach
    void freshOutbox() {
        database = mongo.newDatabase();
        outbox = new NotificationOutbox(database);
    }

    @Test
    void ofConcurrentClaimsOnOneNoticeExactlyOneWins() throws Exception {
        insert("n-1", "pcp", 1000, NOW);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Optional<Notice>>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String claim = "instance-" + i;
            claims.add(() -> outbox.claim("n-1", claim, NOW, NOW.plusSeconds(60)));
        }
        long won = 0;
        for (Future<Optional<Notice>> result : threads.invokeAll(claims)) {
            won += result.get().isPresent() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(won).isEqualTo(1);
    }

    @Test
    void anExpiredLeaseCanBeClaimedAgainAndTheOldHolderCannotRecordItsAttempt() {
        insert("n-1", "pcp", 1000, NOW);
        Notice first = outbox.claim("n-1", "a", NOW, NOW.plusSeconds(5)).orElseThrow();
        assertThat(outbox.claim("n-1", "b", NOW.plusSeconds(1), NOW.plusSeconds(6))).isEmpty();

        assertThat(outbox.claim("n-1", "b", NOW.plusSeconds(10), NOW.plusSeconds(15))).isPresent();
        assertThat(outbox.delivered(first, "a", NOW.plusSeconds(11))).isFalse();
    }

    @Test
    void theHeadOfARecipientIsItsOldestPendingNotice() {
        insert("late", "pcp", 3000, NOW);
        insert("early", "pcp", 1000, NOW);
        insert("other", "snf", 2000, NOW);
        Notice early = outbox.claim("early", "a", NOW, NOW.plusSeconds(5)).orElseThrow();

        assertThat(outbox.heads().get("pcp").getString("_id")).isEqualTo("early");
        assertThat(outbox.dueHead("pcp", NOW)).as("the head is leased, so nothing behind it goes").isEmpty();

        outbox.delivered(early, "a", NOW.plusSeconds(1));
        assertThat(outbox.dueHead("pcp", NOW.plusSeconds(1))).map(d -> d.getString("_id")).contains("late");
    }

    @Test
    void aFailedAttemptIsDueAgainOnlyAfterItsBackoffAndTheLastOneIsDead() {
        insert("n-1", "pcp", 1000, NOW);
        Notice claimed = outbox.claim("n-1", "a", NOW, NOW.plusSeconds(5)).orElseThrow();
        outbox.failed(claimed, "a", NOW, "HTTP 503", false, NOW.plusSeconds(30));

        assertThat(outbox.dueHead("pcp", NOW.plusSeconds(29))).isEmpty();
        Notice again = outbox.claim("n-1", "b", NOW.plusSeconds(30), NOW.plusSeconds(35)).orElseThrow();
        assertThat(again.attempts()).isEqualTo(1);
        outbox.failed(again, "b", NOW.plusSeconds(31), "HTTP 503", true, NOW.plusSeconds(60));

        Document dead = database.getCollection(NotificationOutbox.COLLECTION).find().first();
        assertThat(dead.getString("status")).isEqualTo("FAILED");
        assertThat(dead.getInteger("attempts")).isEqualTo(2);
        assertThat(dead.getDate("firstAttemptAt").toInstant()).isEqualTo(NOW);
        assertThat(outbox.countPending()).isZero();
    }

    private void insert(String id, String recipientId, long order, Instant due) {
        database.getCollection(NotificationOutbox.COLLECTION).insertOne(new Document("_id", id)
                .append("recipientId", recipientId).append("order", order).append("status", "PENDING")
                .append("attempts", 0).append("nextAttemptAt", Date.from(due)).append("channel", "WEBHOOK")
                .append("trigger", "ADMISSION").append("occurredAt", Date.from(NOW)).append("recordedAt", Date.from(NOW)));
    }
}
