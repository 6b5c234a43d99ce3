package org.caretrail.projections.episodeview;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.caretrail.domain.episode.api.EpisodePage;
import org.caretrail.domain.episode.api.EpisodeSummary;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FacilityIds;
import org.caretrail.domain.episode.api.ListEpisodesQuery;
import org.caretrail.projections.support.DocumentMapper;

/**
 * Lists episode views by facility, status, case manager, patient and admission time, newest admission first. The
 * admission is also kept as a BSON date ({@value #ADMITTED}) so the server filters and sorts it as time, not text;
 * the embedded server scans the collection for it (about 10,000 episodes in the demo), a real one uses the index.
 */
final class EpisodeList {

    /** The admission instant as a BSON date, to milliseconds: what ranges and the order use. */
    static final String ADMITTED = "admittedAtDate";

    private final MongoCollection<Document> views;
    private final DocumentMapper mapper;

    EpisodeList(MongoCollection<Document> views, DocumentMapper mapper) {
        this.views = views;
        this.mapper = mapper;
        views.createIndex(Indexes.compoundIndex(Indexes.ascending("facilityId"), Indexes.descending(ADMITTED)),
                new IndexOptions().name("facility_admitted"));
    }

    /** The stored document of a state, with the admission as a date beside its ISO text. */
    Document toDocument(EpisodeState state) {
        Document document = mapper.toDocument(state);
        if (state.admittedAt != null) {
            document.append(ADMITTED, Date.from(state.admittedAt));
        }
        return document;
    }

    EpisodePage list(ListEpisodesQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(exists("status")));
        if (query.facilityId() != null) {
            filters.add(eq("facilityId", query.facilityId()));
        }
        if (query.status() != null) {
            filters.add(eq("status", query.status().name()));
        }
        if (query.caseManagerId() != null) {
            filters.add(eq("caseManagerId", query.caseManagerId()));
        }
        if (query.patientId() != null) {
            filters.add(eq("patientId", query.patientId()));
        }
        if (query.admittedFrom() != null) {
            filters.add(gte(ADMITTED, Date.from(query.admittedFrom())));
        }
        if (query.admittedTo() != null) {
            filters.add(lt(ADMITTED, Date.from(query.admittedTo())));
        }
        Bson filter = and(filters);
        long total = views.countDocuments(filter);
        List<EpisodeSummary> items = new ArrayList<>();
        views.find(filter)
                .projection(Projections.exclude("referrals"))
                .sort(Sorts.orderBy(Sorts.descending(ADMITTED), Sorts.ascending("_id")))
                .skip((int) Math.min(Integer.MAX_VALUE, (long) query.page() * query.size()))
                .limit(query.size())
                .forEach(document -> items.add(summary(mapper.fromDocument(document, EpisodeState.class).toView())));
        return new EpisodePage(items, query.page(), query.size(), total);
    }

    FacilityIds facilities() {
        List<String> ids = new ArrayList<>();
        views.distinct("facilityId", String.class).into(ids);
        ids.removeIf(java.util.Objects::isNull);
        java.util.Collections.sort(ids);
        return new FacilityIds(ids);
    }

    private static EpisodeSummary summary(EpisodeView view) {
        return new EpisodeSummary(view.episodeId(), view.patientId(), view.facilityId(), view.status(),
                view.patientClass(), view.classHistory(), view.admittedAt(), view.dischargedAt(), view.disposition(),
                view.payer(), view.unit(), view.principalDiagnosis(), view.planned(), view.caseManagerId(),
                view.version());
    }
}
