package org.caretrail.infra.accesslog;

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
 * The access log in MongoDB ({@code access_log}). It can only append and read: no code path of
 * the application updates or deletes an entry, and each entry is hash-chained by its sequence (decision 0024), so
 * that verification finds one edited or deleted outside it.
 */
public final class AccessLogStore {

    public static final String COLLECTION = "access_log";

    private final MongoCollection<Document> entries;
    private final LogChain chain;
    /** Entries waiting for the next group write; guards {@link #writing} and each pending entry's outcome. */
    private final List<Pending> queue = new ArrayList<>();
    private boolean writing;

    public AccessLogStore(MongoDatabase database) {
        // majority: an acknowledged read must not vanish with a failed-over primary
        this.entries = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
        this.chain = new LogChain(database, COLLECTION);
    }

    /** Creates the indexes a real server uses for the searches; the embedded server scans either way. */
    public void createIndexes() {
        entries.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true).sparse(true));
        entries.createIndex(Indexes.descending("at"));
        entries.createIndex(Indexes.compoundIndex(Indexes.ascending("user"), Indexes.descending("at")));
        entries.createIndex(Indexes.compoundIndex(Indexes.ascending("patientIds"), Indexes.descending("at")));
    }

    /**
     * Stores the entry and returns once it is stored (majority acknowledged); throws if it could not be.
     * Entries appended concurrently share one write (group commit, decision 0022): the first caller writes every
     * entry waiting at that moment in one {@code insertMany}, and each caller returns, or fails, with the write
     * that held its own entry. A failed write fails all its callers, so a read is never answered unlogged; some
     * of their entries may still have been stored, which logs a read that was then refused, never the reverse.
     * The group takes its block of sequences in one counter update and each entry carries its own hash (decision
     * 0024); a group whose insert fails leaves its sequences absent, which verification tolerates above the last
     * signed checkpoint.
     */
    public void append(AccessEntry entry) {
        Pending mine = new Pending(document(entry));
        synchronized (queue) {
            queue.add(mine);
        }
        while (true) {
            List<Pending> group;
            synchronized (queue) {
                if (mine.done) {
                    break;
                }
                if (writing) {
                    try {
                        queue.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while the access log entry was written", e);
                    }
                    continue;
                }
                writing = true;
                group = new ArrayList<>(queue);
                queue.clear();
            }
            RuntimeException failure = new IllegalStateException("the access log write did not complete");
            try {
                long first = chain.allocate(group.size());
                List<Document> chained = new ArrayList<>(group.size());
                for (int i = 0; i < group.size(); i++) {
                    chained.add(LogChain.chained(group.get(i).document, first + i));
                }
                entries.insertMany(chained);
                failure = null;
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                // even on an Error, release the group (failed) and the next writer
                synchronized (queue) {
                    for (Pending pending : group) {
                        pending.failure = failure;
                        pending.done = true;
                    }
                    writing = false;
                    queue.notifyAll();
                }
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private static final class Pending {
        private final Document document;
        private boolean done;
        private RuntimeException failure;

        private Pending(Document document) {
            this.document = document;
        }
    }

    private static Document document(AccessEntry entry) {
        return new Document("at", Date.from(entry.at()))
                .append("user", entry.user())
                .append("role", entry.role())
                .append("address", entry.address())
                .append("method", entry.method())
                .append("path", entry.path())
                .append("episodeId", entry.episodeId())
                .append("patientIds", entry.patientIds())
                .append("status", entry.status());
    }

    /** Entries matching the search, newest first. */
    public AccessLogPage search(AccessLogSearch search) {
        Bson filter = filter(search);
        List<AccessEntry> items = new ArrayList<>();
        entries.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("at"), Sorts.descending("_id")))
                .skip(Math.multiplyExact(search.page(), search.size()))
                .limit(search.size())
                .forEach(document -> items.add(toEntry(document)));
        return new AccessLogPage(items, search.page(), search.size(), entries.countDocuments(filter));
    }

    private static Bson filter(AccessLogSearch search) {
        List<Bson> filters = new ArrayList<>();
        if (search.user() != null) {
            filters.add(Filters.eq("user", search.user()));
        }
        if (search.patientId() != null) {
            filters.add(Filters.eq("patientIds", search.patientId()));
        }
        if (search.from() != null) {
            filters.add(Filters.gte("at", Date.from(search.from())));
        }
        if (search.to() != null) {
            filters.add(Filters.lt("at", Date.from(search.to())));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static AccessEntry toEntry(Document d) {
        return new AccessEntry(d.getDate("at").toInstant(), d.getString("user"), d.getString("role"),
                d.getString("address"), d.getString("method"), d.getString("path"), d.getString("episodeId"),
                d.getList("patientIds", String.class), d.getInteger("status"));
    }
}
