package org.caretrail.infra.hl7;

import org.caretrail.infra.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Raw messages hold PHI: their text goes once the retention has passed, their outcome and hash stay. */
class RawRetentionTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-01T00:00:00Z"));
    private final Hl7TestRig rig = new Hl7TestRig(new Hl7Settings(Hl7TestRig.SETTINGS.profiles(),
            Hl7TestRig.SITE, Duration.ofDays(90)), clock);

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void theTextOfAnAppliedMessageIsDroppedNinetyDaysAfterItWasApplied() {
        List<String> feed = Corpus.messages("cerner-27-cancellations");
        rig.inbox().receive(feed.get(0));
        rig.inbox().receive(feed.get(0)); // a repeat
        rig.inbox().receive(Corpus.message("outpatient-and-preadmit-traffic", 0)); // ignored
        rig.inbox().receive(feed.get(4)); // A13 before its discharge: refused, kept for review

        clock.advance(Duration.ofDays(89));
        assertThat(rig.inbox().dropExpiredRaw()).as("not yet").isZero();

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(rig.inbox().dropExpiredRaw()).isEqualTo(3);

        List<Hl7MessageRecord> kept = rig.inbox().messages(null, 10);
        assertThat(kept).extracting(Hl7MessageRecord::outcome).containsExactly(Hl7Outcome.APPLIED,
                Hl7Outcome.DUPLICATE, Hl7Outcome.IGNORED, Hl7Outcome.REJECTED);
        assertThat(kept.subList(0, 3)).allSatisfy(m -> {
            assertThat(m.raw()).isNull();
            assertThat(m.contentHash()).hasSize(64);
            assertThat(m.controlId()).isNotNull();
        });
        assertThat(kept.get(0).episodeId()).isEqualTo("CV7000123");
        assertThat(kept.get(0).patientId()).isEqualTo("7788990");
        assertThat(kept.get(3).raw()).as("a refused message waits for review with its text").isEqualTo(feed.get(4));
    }

    @Test
    void aRepeatOfAMessageWhoseTextWasDroppedIsStillKnownByItsHash() {
        String admission = Corpus.message("cerner-27-cancellations", 0);
        rig.inbox().receive(admission);
        clock.advance(Duration.ofDays(91));
        rig.inbox().dropExpiredRaw();

        String again = rig.inbox().receive(admission);

        assertThat(Hl7Assertions.ackCode(again)).isEqualTo("AA");
        assertThat(rig.inbox().messages(Hl7Outcome.DUPLICATE, 10)).hasSize(1);
        assertThat(rig.events("CV7000123")).hasSize(1);
    }
}
