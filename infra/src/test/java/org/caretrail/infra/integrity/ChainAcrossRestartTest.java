package org.caretrail.infra.integrity;

import org.bson.BsonString;
import org.caretrail.infra.eventstore.StoredPosition;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.infra.integrity.Store.event;

class ChainAcrossRestartTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    @Test
    void appendsAfterARestartContinueTheChainsStoredBefore() {
        Store store = new Store(mongo.newDatabase());
        store.engine.appendEvents(event("ep-a", 0), event("ep-a", 1));
        store.writer(Clock.systemUTC()).catchUp();

        store.restart();
        store.engine.appendEvents(event("ep-a", 2), event("ep-b", 0));
        store.writer(Clock.systemUTC()).catchUp();

        Map<Long, StoredPosition> stored = store.positions.find(List.of(1L, 2L, 3L));
        assertThat(stored.get(1L).storedHash()).isEqualTo(stored.get(1L).expectedHash(StoredPosition.firstPreviousHash()));
        assertThat(stored.get(3L).storedHash()).isEqualTo(stored.get(3L).expectedHash(stored.get(2L).storedHash()));
        assertThat(store.verify()).isEqualTo(new VerificationReport(VerificationStatus.OK, 4, null, null));
    }

    @Test
    void anAggregateLoadedAfterARestartChainsItsNextEventToItsStoredHead() {
        Store store = new Store(mongo.newDatabase());
        store.engine.appendEvents(event("ep-a", 0), event("ep-a", 1));

        store.restart();
        assertThat(store.engine.readEvents("ep-a").asStream().count()).isEqualTo(2);
        store.engine.appendEvents(event("ep-a", 2));

        Map<Long, StoredPosition> stored = store.positions.find(List.of(2L, 3L));
        assertThat(stored.get(3L).storedHash()).isEqualTo(stored.get(3L).expectedHash(stored.get(2L).storedHash()));
    }

    @Test
    void twoInstancesAppendingToOneEpisodeKeepOneChain() {
        Store store = new Store(mongo.newDatabase());
        var first = store.engine;
        store.restart();
        var second = store.engine;

        first.appendEvents(event("ep-a", 0), event("ep-a", 1));
        second.appendEvents(event("ep-a", 2));
        first.appendEvents(event("ep-a", 3));

        assertThat(store.verify()).isEqualTo(new VerificationReport(VerificationStatus.OK, 4, null, null));
    }

    @Test
    void anEditBeforeARestartIsStillFoundAfterIt() {
        Store store = new Store(mongo.newDatabase());
        store.engine.appendEvents(event("ep-a", 0));
        store.engine.appendEvents(event("ep-a", 1));
        store.editEvent(1, entry -> entry.getDocument("payload").put("text", new BsonString("forged")));

        store.restart();
        store.engine.appendEvents(event("ep-a", 2));

        assertThat(store.verify().firstBrokenPosition()).isEqualTo(1L);
    }
}
