package org.caretrail.infra.hl7;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Every received message in {@code hl7_messages}, unique on its control key, and the ids of
 * messages parked per episode in {@code hl7_parked}, so that the hot lookups (by control key, by
 * id, by episode) are all exact ones on unique keys.
 */
final class Hl7MessageStore {

    private static final String CONTROL_KEY = "controlKey";
    private static final String OUTCOME = "outcome";

    private final MongoCollection<Document> messages;
    private final MongoCollection<Document> parked;

    Hl7MessageStore(MongoDatabase database) {
        this.messages = database.getCollection("hl7_messages");
        this.parked = database.getCollection("hl7_parked");
        messages.createIndex(Indexes.ascending(CONTROL_KEY), new IndexOptions().unique(true));
        // the parked gauge counts one outcome, and the admin lists one outcome oldest first
        messages.createIndex(Indexes.ascending(OUTCOME, "receivedAt", "_id"));
    }

    /**
     * Records a readable message as RECEIVED; when its control key is known already, records nothing and
     * returns the message kept under it. One round trip for a new message, two for a repeat.
     */
    Optional<Hl7MessageRecord> claim(String id, String raw, MessageHeader header, Instant now, Hl7Caller caller,
                                     MappedCommand mapped) {
        return claim(header, mapped(received(id, raw, header, now, caller), mapped)
                .append(OUTCOME, Hl7Outcome.RECEIVED.name()));
    }

    /**
     * Records a readable message that needs no processing (CareTrail does not take it) with its final
     * outcome, in one write; when its control key is known already, records nothing and returns that one.
     */
    Optional<Hl7MessageRecord> claimFinished(String id, String raw, MessageHeader header, Instant now,
                                             Hl7Caller caller, MappedCommand mapped, Hl7Outcome outcome, AckCode ack,
                                             String error) {
        return claim(header, finished(mapped(received(id, raw, header, now, caller), mapped), outcome, ack, error, now)
                .append("episodeId", mapped == null ? null : mapped.episodeId()));
    }

    /**
     * A plain insert claims the control key: the unique index refuses a second message under it, from this
     * instance or another, and only then is the first one read (decision 0029: an insert costs the server and the
     * client less than the upsert that also answered the first copy, and repeats are rare).
     */
    private Optional<Hl7MessageRecord> claim(MessageHeader header, Document message) {
        try {
            messages.insertOne(message);
            return Optional.empty();
        } catch (MongoServerException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return Optional.ofNullable(messages.find(Filters.eq(CONTROL_KEY, header.controlKey())).first())
                .map(Hl7MessageStore::toRecord);
    }

    /** Records a message that needs no processing: unreadable, malformed, a duplicate or a reused control id. */
    void recordFinal(String id, String raw, MessageHeader header, Instant now, Hl7Outcome outcome,
                     AckCode ack, String error, String duplicateOf) {
        // the id stands in for the control key, which such a message has none of or shares
        messages.insertOne(finished(document(id, "#" + id, raw, header, now), outcome, ack, error, now)
                .append("duplicateOf", duplicateOf));
    }

    /**
     * Drops the text of messages that need no more work (applied, duplicate, ignored) and were processed
     * before {@code cutoff}; their outcome, identifiers and content hash stay. Answers how many were dropped.
     */
    long dropRawBefore(Instant cutoff, Instant now) {
        return messages.updateMany(Filters.and(
                        Filters.in(OUTCOME, Hl7Outcome.APPLIED.name(), Hl7Outcome.DUPLICATE.name(),
                                Hl7Outcome.IGNORED.name()),
                        Filters.lt("processedAt", Date.from(cutoff)), Filters.ne("raw", null)),
                Updates.combine(Updates.set("raw", null), Updates.set("rawDroppedAt", Date.from(now))))
                .getModifiedCount();
    }

    void finish(String id, Hl7Outcome outcome, AckCode ack, String error, String episodeId, Instant now) {
        messages.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set(OUTCOME, outcome.name()), Updates.set("ackCode", ack.name()),
                Updates.set("error", error), Updates.set("episodeId", episodeId),
                Updates.set("processedAt", Date.from(now)), Updates.inc("attempts", 1)));
    }

    /** Parks the message behind its episode (listed first, so a crash leaves it findable), then marks it. */
    void park(String id, String episodeId, AckCode ack, String error, Instant now) {
        parked.updateOne(Filters.eq("_id", episodeId), Updates.push("messageIds", id),
                new UpdateOptions().upsert(true));
        finish(id, Hl7Outcome.PARKED, ack, error, episodeId, now);
    }

    /** Takes the ids parked behind an episode, in arrival order, removing the list. */
    List<String> takeParked(String episodeId) {
        Document list = parked.findOneAndDelete(Filters.eq("_id", episodeId));
        return list == null ? List.of() : list.getList("messageIds", String.class);
    }

    /** Those of these messages still PARKED, in the order of the ids given, read in one query. */
    List<Hl7MessageRecord> findParked(List<String> ids) {
        Map<String, Hl7MessageRecord> parkedById = new HashMap<>();
        messages.find(Filters.and(Filters.in("_id", ids), Filters.eq(OUTCOME, Hl7Outcome.PARKED.name())))
                .forEach(d -> parkedById.put(d.getString("_id"), toRecord(d)));
        return ids.stream().distinct().map(parkedById::get).filter(Objects::nonNull).toList();
    }

    /** How many messages wait for their episode now; the outcome index makes this a count of the index. */
    long countParked() {
        return messages.countDocuments(Filters.eq(OUTCOME, Hl7Outcome.PARKED.name()));
    }

    Optional<Hl7MessageRecord> find(String id) {
        return Optional.ofNullable(messages.find(Filters.eq("_id", id)).first()).map(Hl7MessageStore::toRecord);
    }

    /** Messages with this outcome, oldest first; an admin's look, so a scan is acceptable here. */
    List<Hl7MessageRecord> list(Hl7Outcome outcome, int limit) {
        Bson filter = outcome == null ? new Document() : Filters.eq(OUTCOME, outcome.name());
        return messages.find(filter).sort(Sorts.ascending("receivedAt", "_id")).limit(limit)
                .map(Hl7MessageStore::toRecord).into(new ArrayList<>());
    }

    /**
     * One page of the messages with any of these outcomes: by outcome name, then oldest first, the order of the
     * outcome index, so a page is a walk of the index rather than a sort of every message.
     */
    List<Hl7MessageRecord> page(Collection<Hl7Outcome> outcomes, int skip, int limit) {
        return messages.find(withOutcome(outcomes)).sort(Sorts.ascending(OUTCOME, "receivedAt", "_id"))
                .skip(skip).limit(limit).map(Hl7MessageStore::toRecord).into(new ArrayList<>());
    }

    /** How many messages have any of these outcomes. */
    long count(Collection<Hl7Outcome> outcomes) {
        return messages.countDocuments(withOutcome(outcomes));
    }

    private static Bson withOutcome(Collection<Hl7Outcome> outcomes) {
        return Filters.in(OUTCOME, outcomes.stream().map(Hl7Outcome::name).toList());
    }

    long count() {
        return messages.countDocuments();
    }

    private static Document received(String id, String raw, MessageHeader header, Instant now, Hl7Caller caller) {
        return document(id, header.controlKey(), raw, header, now)
                .append("receivedBy", caller.actor()).append("receivedRole", caller.role())
                .append("receivedByIntegration", caller.integration());
    }

    private static Document mapped(Document message, MappedCommand mapped) {
        if (mapped == null) {
            return message;
        }
        return message.append("patientId", mapped.patientId()).append("facilityId", mapped.facilityId())
                .append("payerCode", mapped.payer().planCode()).append("notes", mapped.notes())
                .append("payer", mapped.payer().payer() == null ? null : mapped.payer().payer().name());
    }

    private static Document finished(Document message, Hl7Outcome outcome, AckCode ack, String error, Instant now) {
        return message.append(OUTCOME, outcome.name()).append("ackCode", ack == null ? null : ack.name())
                .append("error", error).append("processedAt", Date.from(now)).append("attempts", 1);
    }

    private static Document document(String id, String controlKey, String raw, MessageHeader header, Instant now) {
        String type = header.messageType() == null ? null
                : header.messageType() + (header.triggerEvent() == null ? "" : "^" + header.triggerEvent());
        return new Document("_id", id).append(CONTROL_KEY, controlKey)
                .append("controlId", header.controlId())
                .append("sendingApplication", header.sendingApplication())
                .append("sendingFacility", header.sendingFacility())
                .append("messageType", type).append("version", header.version())
                .append("raw", raw).append("contentHash", ContentHash.of(raw))
                .append("receivedAt", Date.from(now)).append("attempts", 0);
    }

    private static Hl7MessageRecord toRecord(Document d) {
        Date processed = d.getDate("processedAt");
        String ack = d.getString("ackCode");
        return new Hl7MessageRecord(d.getString("_id"), d.getString("controlId"),
                d.getString("sendingApplication"), d.getString("messageType"), d.getString("episodeId"),
                Hl7Outcome.valueOf(d.getString(OUTCOME)), ack == null ? null : AckCode.valueOf(ack),
                d.getString("error"), d.getDate("receivedAt").toInstant(),
                processed == null ? null : processed.toInstant(),
                d.getInteger("attempts", 0), d.getString("duplicateOf"), d.getString("raw"),
                new Hl7Caller(d.getString("receivedBy"), d.getString("receivedRole"),
                        d.getBoolean("receivedByIntegration", false)),
                d.getString("patientId"), d.getString("contentHash"), d.getString("payerCode"),
                d.getList("notes", String.class, List.of()));
    }
}
