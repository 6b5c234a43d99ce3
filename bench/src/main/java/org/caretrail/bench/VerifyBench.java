package org.caretrail.bench;

import com.mongodb.client.MongoDatabase;
import org.caretrail.infra.eventstore.StoredPositions;
import org.caretrail.infra.integrity.ChainVerifier;
import org.caretrail.infra.integrity.CheckpointStore;
import org.caretrail.infra.integrity.CheckpointWriter;
import org.caretrail.infra.integrity.VerificationReport;

import java.time.Clock;
import java.time.Duration;

/** Times writing checkpoints over a store and verifying it in full, with 500-position lookups. */
final class VerifyBench {

    private VerifyBench() {
    }

    static void run() throws Exception {
        AppendBench.run(VerifyBench::measure);
    }

    private static void measure(MongoDatabase database) {
        StoredPositions positions = StoredPositions.open(database);
        CheckpointStore checkpoints = new CheckpointStore(database);
        long start = System.nanoTime();
        int written = new CheckpointWriter(positions, checkpoints, Clock.systemUTC(), Duration.ofSeconds(60), 10_000)
                .catchUp().size();
        double checkpointSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        VerificationReport report = new ChainVerifier(positions, checkpoints, 500).verify();
        double verifySeconds = (System.nanoTime() - start) / 1e9;
        if (!report.ok()) {
            throw new IllegalStateException("The benchmark store does not verify: " + report);
        }
        System.out.printf("%d checkpoints over %d positions in %.2f s; verified %d events in %.2f s (%.0f events/s)%n",
                          written, positions.lastAllocated(), checkpointSeconds, report.checkedEvents(), verifySeconds,
                          report.checkedEvents() / verifySeconds);
    }
}
