package org.caretrail.projections.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.caretrail.domain.notification.api.CountNotificationsQuery;
import org.caretrail.domain.notification.api.FindNotificationsQuery;
import org.caretrail.domain.notification.api.FindRecipientsQuery;
import org.caretrail.domain.notification.api.NotificationPage;
import org.caretrail.domain.notification.api.NotificationReportResponse;
import org.caretrail.domain.notification.api.NotificationStatus;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.notification.api.NotificationView;
import org.caretrail.domain.notification.api.RecipientPage;
import org.caretrail.domain.notification.api.RecipientView;
import org.caretrail.domain.patient.api.CareRelationship;
import org.caretrail.domain.patient.api.CareTeamMemberView;
import org.caretrail.domain.patient.api.CareTeamResponse;
import org.caretrail.domain.patient.api.FindCareTeamQuery;
import org.caretrail.domain.patient.api.PreferenceView;
import org.caretrail.projections.support.DocumentMapper;
import org.springframework.stereotype.Component;

/** The query side of notifications: care teams, recipients, the delivery log and the CoP report. */
@Component
public class NotificationQueries {

    private final RoutingCollections collections;
    private final DocumentMapper mapper = new DocumentMapper();

    public NotificationQueries(MongoDatabase database) {
        this.collections = RoutingCollections.in(database);
    }

    @QueryHandler
    Optional<CareTeamResponse> handle(FindCareTeamQuery query) {
        return Optional.ofNullable(collections.patients().find(eq("_id", query.patientId())).first())
                .map(document -> mapper.fromDocument(document, PatientRecord.class))
                .map(patient -> new CareTeamResponse(patient.patientId(),
                        patient.membersAt(query.asOf(), Long.MAX_VALUE).stream()
                                .map(m -> new CareTeamMemberView(m.recipientId(), m.relationship(), m.effectiveFrom(),
                                        m.effectiveTo())).toList(),
                        patient.preferenceAt(query.asOf(), Long.MAX_VALUE)
                                .map(p -> new PreferenceView(p.optOut(), p.effectiveAt(), p.reason(), p.recordedAt()))
                                .orElse(null)));
    }

    @QueryHandler
    RecipientPage handle(FindRecipientsQuery query) {
        List<RecipientView> all = new ArrayList<>();
        collections.recipients().find().forEach(document -> mapper.fromDocument(document, RecipientRecord.class)
                .latest().ifPresent(r -> all.add(new RecipientView(r.recipientId(), r.name(), r.channel(),
                        r.endpoint(), r.triggers(), r.includeDiagnosis()))));
        all.sort(Comparator.comparing(RecipientView::recipientId));
        int from = Math.min(all.size(), query.page() * query.size());
        return new RecipientPage(all.subList(from, Math.min(all.size(), from + query.size())), query.page(),
                query.size(), all.size());
    }

    @QueryHandler
    NotificationPage handle(FindNotificationsQuery query) {
        List<Bson> filters = new ArrayList<>();
        Optional.ofNullable(query.patientId()).ifPresent(v -> filters.add(eq("patientId", v)));
        Optional.ofNullable(query.recipientId()).ifPresent(v -> filters.add(eq("recipientId", v)));
        Optional.ofNullable(query.status()).ifPresent(v -> filters.add(eq("status", v.name())));
        Optional.ofNullable(query.from()).ifPresent(v -> filters.add(gte("recordedAt", Date.from(v))));
        Optional.ofNullable(query.to()).ifPresent(v -> filters.add(lt("recordedAt", Date.from(v))));
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        long total = collections.outbox().countDocuments(filter);
        List<NotificationView> items = new ArrayList<>();
        collections.outbox().find(filter).sort(Sorts.descending("order"))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(document -> items.add(view(document)));
        return new NotificationPage(items, query.page(), query.size(), total);
    }

    @QueryHandler
    NotificationReportResponse handle(CountNotificationsQuery query) {
        List<Bson> filters = new ArrayList<>();
        Optional.ofNullable(query.facilityId()).ifPresent(v -> filters.add(eq("facilityId", v)));
        filters.add(gte("occurredAt", Date.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant())));
        filters.add(lt("occurredAt", Date.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
        List<Document> events = collections.events().find(and(filters)).into(new ArrayList<>());
        Map<String, List<Document>> notices = new HashMap<>();
        List<Bson> noticeFilters = new ArrayList<>(filters);
        noticeFilters.add(eq("cancellation", false));
        collections.outbox().find(and(noticeFilters)).forEach(notice ->
                notices.computeIfAbsent(notice.getString("eventId"), key -> new ArrayList<>()).add(notice));
        return new NotificationReportResponse(query.facilityId(), query.from(), query.to(),
                NotificationReport.rows(events, notices));
    }

    private static NotificationView view(Document d) {
        return new NotificationView(d.getString("_id"), NotificationTrigger.valueOf(d.getString("trigger")),
                d.getBoolean("cancellation", false), d.getString("cancels"), d.getString("episodeId"),
                d.getString("patientId"), d.getString("facilityId"), d.getString("recipientId"),
                CareRelationship.valueOf(d.getString("relationship")), NotificationStatus.valueOf(d.getString("status")),
                d.getInteger("attempts", 0), instant(d, "occurredAt"), instant(d, "recordedAt"),
                instant(d, "firstAttemptAt"), instant(d, "deliveredAt"), d.getString("lastError"));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
