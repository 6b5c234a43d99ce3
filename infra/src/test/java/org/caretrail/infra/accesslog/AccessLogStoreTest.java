package org.caretrail.infra.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccessLogStoreTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    AccessLogStore store;

    @BeforeEach
    void freshStore() {
        store = new AccessLogStore(mongo.newDatabase());
        store.createIndexes();
    }

    @Test
    void anAppendedEntryReadsBackWithEveryField() {
        AccessEntry entry = new AccessEntry(T0, "nurse-1", "CASE_MANAGER", "10.0.0.7", "GET", "/api/v1/episodes/E-1",
                "E-1", List.of("P-1"), 200);
        store.append(entry);

        AccessLogPage page = store.search(new AccessLogSearch(null, null, null, null, 0, 10));

        assertThat(page.items()).containsExactly(entry);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void concurrentReadsShareWritesYetEachReturnsOnlyOnceItsOwnEntryIsStored() throws Exception {
        int readers = 8;
        int each = 50;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
        try {
            List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int r = 0; r < readers; r++) {
                String user = "reader-" + r;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        store.append(read(user, "P-" + i, T0.plusSeconds(i)));
                        // what this reader was told is stored is there before its next read is answered
                        assertThat(store.search(new AccessLogSearch(user, "P-" + i, null, null, 0, 10)).total())
                                .isEqualTo(1);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> reader : running) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.search(new AccessLogSearch(null, null, null, null, 0, 10)).total())
                .isEqualTo((long) readers * each);
    }

    @Test
    void entriesComeNewestFirstAndArePaged() {
        for (int i = 0; i < 5; i++) {
            store.append(read("u", "P-" + i, T0.plusSeconds(i)));
        }

        AccessLogPage second = store.search(new AccessLogSearch(null, null, null, null, 1, 2));

        assertThat(second.items()).extracting(AccessEntry::at)
                .containsExactly(T0.plusSeconds(2), T0.plusSeconds(1));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void searchFiltersByUserByAnyOfThePatientsReadAndByAHalfOpenTimeRange() {
        store.append(read("alice", "P-1", T0));
        store.append(new AccessEntry(T0.plusSeconds(10), "bob", "COMPLIANCE", "10.0.0.7", "GET", "/api/v1/audit", null,
                List.of("P-2", "P-1"), 200));
        store.append(read("alice", "P-3", T0.plusSeconds(20)));

        assertThat(store.search(new AccessLogSearch("alice", null, null, null, 0, 10)).items())
                .extracting(AccessEntry::at).containsExactly(T0.plusSeconds(20), T0);
        assertThat(store.search(new AccessLogSearch(null, "P-1", null, null, 0, 10)).items())
                .extracting(AccessEntry::user).containsExactly("bob", "alice");
        assertThat(store.search(new AccessLogSearch(null, null, T0.plusSeconds(10), T0.plusSeconds(20), 0, 10))
                .items()).extracting(AccessEntry::user).containsExactly("bob");
        assertThat(store.search(new AccessLogSearch("alice", "P-2", null, null, 0, 10)).total()).isZero();
    }

    @Test
    void aRefusedAnonymousAttemptIsKeptWithoutUserOrRole() {
        store.append(new AccessEntry(T0, null, null, "10.0.0.7", "GET", "/api/v1/episodes/E-9", "E-9", List.of(), 401));

        AccessEntry stored = store.search(new AccessLogSearch(null, null, null, null, 0, 10)).items().get(0);

        assertThat(stored.user()).isNull();
        assertThat(stored.status()).isEqualTo(401);
        assertThat(stored.patientIds()).isEmpty();
    }

    private static AccessEntry read(String user, String patientId, Instant at) {
        return new AccessEntry(at, user, "QUALITY", "10.0.0.7", "GET", "/api/v1/patients/" + patientId + "/timeline", null,
                List.of(patientId), 200);
    }
}
