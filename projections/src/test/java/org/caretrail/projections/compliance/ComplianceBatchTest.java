package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.ServiceType;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.support.EmbeddedMongo;
import org.caretrail.projections.support.EpisodeFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events handled in one unit of work (a processor batch, a dead-letter retry) write the compliance read model once,
 * at the commit, and leave it as event-by-event delivery would, spans that stopped being actionable included.
 */
class ComplianceBatchTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant MONDAY_10 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void batchesWriteWhatEventByEventDeliveryWrites() {
        MongoDatabase batched = mongo.newDatabase();
        ComplianceProjection inBatches = projection(batched);
        List<Long> storedBeforeCommit = new ArrayList<>();
        EpisodeFeed batchedEpisode = episode(inBatches, "E1");
        inOneUnitOfWork(() -> firstHalf(inBatches, batchedEpisode), () -> storedBeforeCommit.add(count(batched)));
        inOneUnitOfWork(() -> secondHalf(batchedEpisode), () -> { });

        MongoDatabase single = mongo.newDatabase();
        ComplianceProjection oneByOne = projection(single);
        EpisodeFeed episode = episode(oneByOne, "E1");
        firstHalf(oneByOne, episode);
        List<Object> spansAfterDischarge = ids(single);
        secondHalf(episode);

        assertThat(storedBeforeCommit).containsExactly(0L);
        assertThat(stored(batched, ComplianceStore.EPISODES)).isEqualTo(stored(single, ComplianceStore.EPISODES))
                .hasSize(2);
        assertThat(stored(batched, ComplianceStore.ACTIONABLE)).isEqualTo(stored(single, ComplianceStore.ACTIONABLE));
        String tcmAfterDischarge = "E1|TCM_CONTACT||2026-03-05T10:00:00Z";
        assertThat(spansAfterDischarge).contains(tcmAfterDischarge);
        assertThat(ids(batched)).as("the cancelled discharge's span is removed").doesNotContain(tcmAfterDischarge)
                .contains("E1|REFERRAL_RESPONSE|R1|2026-03-02T11:00:00Z");
    }

    private static void firstHalf(ComplianceProjection projection, EpisodeFeed episode) {
        episode.admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10)
                .referral("R1", ServiceType.HOME_HEALTH, MONDAY_10.plusSeconds(3600))
                .referral("R2", ServiceType.DME, MONDAY_10.plusSeconds(7200))
                .discharged("01", MONDAY_10.plusSeconds(86_400 * 3));
        episode(projection, "E2").admitted(PatientClass.OBSERVATION, Payer.MEDICARE, MONDAY_10);
    }

    private static void secondHalf(EpisodeFeed episode) {
        episode.referralAccepted("R1", ServiceType.HOME_HEALTH, MONDAY_10.plusSeconds(10_800))
                .referralCancelled("R2", ServiceType.DME, MONDAY_10.plusSeconds(14_400))
                .dischargeCancelled(MONDAY_10.plusSeconds(86_400 * 3 + 600));
    }

    /** An episode whose events reach {@code projection} as they are added. */
    private static EpisodeFeed episode(ComplianceProjection projection, String episodeId) {
        return EpisodeFeed.deliveredTo(projection::on, episodeId, "patient-of-" + episodeId, "F-1");
    }

    private static ComplianceProjection projection(MongoDatabase database) {
        return new ComplianceProjection(database, Facilities.allUtc(), ComplianceSettings.defaults());
    }

    private static void inOneUnitOfWork(Runnable handling, Runnable beforeCommit) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        unitOfWork.onPrepareCommit(committing -> beforeCommit.run());
        unitOfWork.execute(handling);
    }

    private static long count(MongoDatabase database) {
        return database.getCollection(ComplianceStore.EPISODES).countDocuments()
                + database.getCollection(ComplianceStore.ACTIONABLE).countDocuments();
    }

    private static List<Object> ids(MongoDatabase database) {
        return stored(database, ComplianceStore.ACTIONABLE).stream().map(document -> document.get("_id")).toList();
    }

    private static List<Document> stored(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
