package org.caretrail.projections.placement;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralDeclinedEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ServiceType;
import org.caretrail.domain.placement.api.FindReferralFiguresQuery;
import org.caretrail.domain.placement.api.ReferralFiguresResponse;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.support.ReadModelVersion;
import org.springframework.stereotype.Component;

/**
 * Post-acute placement: one document per referral in {@code placement_referrals}, written by the referral events
 * themselves (every write a {@code $set} of the event's facts, so a redelivery changes nothing); a query reads the
 * referrals of a facility and period and works out the figures with {@link PlacementFigures}.
 */
@Component
@ReadModelVersion(1)
@ProcessingGroup(ProcessingGroups.PLACEMENT)
public class PlacementProjection {

    public static final String REFERRALS = "placement_referrals";

    private final MongoCollection<Document> referrals;
    private final Facilities facilities;

    public PlacementProjection(MongoDatabase database, Facilities facilities) {
        this.referrals = database.getCollection(REFERRALS);
        this.facilities = facilities;
        referrals.createIndex(Indexes.ascending("facilityId", "placedDate"));
        referrals.createIndex(Indexes.ascending("episodeId"));
    }

    @EventHandler
    void on(ReferralPlacedEvent event) {
        upsert(event.episodeId(), event.referralId(), Updates.combine(
                Updates.set("episodeId", event.episodeId()),
                Updates.set("facilityId", event.facilityId()),
                Updates.set("serviceType", event.serviceType().name()),
                Updates.set("providerId", event.providerId()),
                Updates.set("placedAt", event.occurredAt().toString()),
                Updates.set("placedDate", LocalDate.ofInstant(event.occurredAt(), facilities.zoneOf(event.facilityId())).toString())));
    }

    @EventHandler
    void on(ReferralAcceptedEvent event) {
        upsert(event.episodeId(), event.referralId(), Updates.combine(
                Updates.set("answeredAt", event.occurredAt().toString()), Updates.set("accepted", true)));
    }

    @EventHandler
    void on(ReferralDeclinedEvent event) {
        upsert(event.episodeId(), event.referralId(), Updates.combine(
                Updates.set("answeredAt", event.occurredAt().toString()), Updates.set("accepted", false)));
    }

    @EventHandler
    void on(ReferralCancelledEvent event) {
        upsert(event.episodeId(), event.referralId(), Updates.set("cancelledAt", event.occurredAt().toString()));
    }

    /** A cancelled episode counts for nothing, its referrals included. */
    @EventHandler
    void on(EpisodeCancelledEvent event) {
        referrals.updateMany(eq("episodeId", event.episodeId()), Updates.set("episodeCancelled", true));
    }

    @QueryHandler
    ReferralFiguresResponse handle(FindReferralFiguresQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(gte("placedDate", query.from().toString()),
                lte("placedDate", query.to().toString()), ne("episodeCancelled", true)));
        if (query.facilityId() != null) {
            filters.add(eq("facilityId", query.facilityId()));
        }
        List<ReferralCourse> courses = new ArrayList<>();
        referrals.find(and(filters)).batchSize(1_000).forEach(document -> {
            if (document.getString("placedAt") != null) {
                courses.add(course(document));
            }
        });
        return new ReferralFiguresResponse(PlacementFigures.of(courses, query.asOf()));
    }

    @ResetHandler
    void reset() {
        referrals.deleteMany(new Document());
    }

    private void upsert(String episodeId, String referralId, Bson update) {
        referrals.updateOne(eq("_id", episodeId + "|" + referralId), update, new UpdateOptions().upsert(true));
    }

    private static ReferralCourse course(Document document) {
        return new ReferralCourse(document.getString("facilityId"), ServiceType.valueOf(document.getString("serviceType")),
                document.getString("providerId"), instant(document, "placedAt"), instant(document, "answeredAt"),
                Boolean.TRUE.equals(document.getBoolean("accepted")), instant(document, "cancelledAt"));
    }

    private static Instant instant(Document document, String field) {
        String value = document.getString(field);
        return value == null ? null : Instant.parse(value);
    }
}
