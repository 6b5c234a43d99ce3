package org.caretrail.infra.securitylog;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.caretrail.infra.integrity.LogChain;

/**
 * The security log in MongoDB ({@code security_log}): sign-ins, refusals, lockouts and unlocks.
 * Like the access log it can only append and read, and its entries are hash-chained by sequence (decision 0024).
 */
public final class SecurityLogStore {

    public static final String COLLECTION = "security_log";

    private final MongoCollection<Document> entries;
    private final LogChain chain;

    public SecurityLogStore(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
        this.chain = new LogChain(database, COLLECTION);
    }

    public void createIndexes() {
        entries.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true).sparse(true));
        entries.createIndex(Indexes.descending("at"));
        entries.createIndex(Indexes.compoundIndex(Indexes.ascending("user"), Indexes.descending("at")));
        entries.createIndex(Indexes.compoundIndex(Indexes.ascending("address"), Indexes.descending("at")));
    }

    /** Stores the entry under the log's next sequence, with its own hash (decision 0024). */
    public void append(SignInEntry entry) {
        entries.insertOne(LogChain.chained(new Document("at", Date.from(entry.at()))
                .append("user", entry.user())
                .append("address", entry.address())
                .append("outcome", entry.outcome())
                .append("reason", entry.reason()), chain.allocate(1)));
    }

    /** Entries matching the search, newest first. */
    public SecurityLogPage search(SecurityLogSearch search) {
        List<Bson> filters = new ArrayList<>();
        if (search.user() != null) {
            filters.add(Filters.eq("user", search.user()));
        }
        if (search.address() != null) {
            filters.add(Filters.eq("address", search.address()));
        }
        if (search.outcome() != null) {
            filters.add(Filters.eq("outcome", search.outcome()));
        }
        if (search.from() != null) {
            filters.add(Filters.gte("at", Date.from(search.from())));
        }
        if (search.to() != null) {
            filters.add(Filters.lt("at", Date.from(search.to())));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<SignInEntry> items = new ArrayList<>();
        entries.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("at"), Sorts.descending("_id")))
                .skip(Math.multiplyExact(search.page(), search.size()))
                .limit(search.size())
                .forEach(d -> items.add(new SignInEntry(d.getDate("at").toInstant(), d.getString("user"),
                        d.getString("address"), d.getString("outcome"), d.getString("reason"))));
        return new SecurityLogPage(items, search.page(), search.size(), entries.countDocuments(filter));
    }
}
