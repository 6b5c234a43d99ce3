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

    static void run(Report report) throws Exception {
        ChainAppendBench.run(report, database -> measure(report, database));
    }

    private static void measure(Report report, MongoDatabase database) {
        StoredPositions positions = StoredPositions.open(database);
        CheckpointStore checkpoints = new CheckpointStore(database);
        long start = System.nanoTime();
        int written = new CheckpointWriter(positions, checkpoints, Clock.systemUTC(), Duration.ofSeconds(60), 10_000)
                .catchUp().size();
        double checkpointSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        VerificationReport result = new ChainVerifier(positions, checkpoints, 500).verify();
        double verifySeconds = (System.nanoTime() - start) / 1e9;
        if (!result.ok()) {
            throw new IllegalStateException("The benchmark store does not verify: " + result);
        }
        Report.Table table = new Report.Table("positions", "checkpoints written", "checkpoint s", "events verified",
                                              "verify s", "events/s verified");
        table.row(positions.lastAllocated(), written, String.format("%.2f", checkpointSeconds), result.checkedEvents(),
                  String.format("%.2f", verifySeconds), String.format("%,.0f", result.checkedEvents() / verifySeconds));
        report.section("Checkpoints and verification", "Over the store the append benchmark left, on the embedded "
                + "memory server: checkpoints from nothing, then a full verification, both by exact lookups of 500 "
                + "positions (decision 0003).", table);
    }
}
