package org.caretrail.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.time.Instant;

/** Writes one event (or snapshot) as a BSON entry with plain, readable field names, and reads it back. */
final class EventEntries {

    static final String GLOBAL_INDEX = "globalIndex";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TYPE = "type";
    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";

    private EventEntries() {
    }

    /** The entry of an event; its global index is a placeholder until positions are allocated. */
    static BsonDocument entry(EventMessage<?> event, Serializer serializer) {
        BsonDocument entry = new BsonDocument(GLOBAL_INDEX, BsonNull.VALUE);
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            entry.append(AGGREGATE_IDENTIFIER, new BsonString(domainEvent.getAggregateIdentifier()));
            entry.append(SEQUENCE_NUMBER, new BsonInt64(domainEvent.getSequenceNumber()));
            entry.append(TYPE, nullable(domainEvent.getType()));
        }
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        entry.append(EVENT_IDENTIFIER, new BsonString(event.getIdentifier()));
        entry.append(TIMESTAMP, new BsonDateTime(event.getTimestamp().toEpochMilli()));
        entry.append(PAYLOAD_TYPE, new BsonString(payload.getType().getName()));
        entry.append(PAYLOAD_REVISION, nullable(payload.getType().getRevision()));
        entry.append(PAYLOAD, JsonBson.toBson(payload.getData()));
        entry.append(META_DATA, JsonBson.toBson(metaData.getData()));
        return entry;
    }

    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + ":" + sequenceNumber;
    }

    static String streamKeyOf(BsonDocument entry) {
        if (!entry.containsKey(AGGREGATE_IDENTIFIER)) {
            return null;
        }
        return streamKey(entry.getString(AGGREGATE_IDENTIFIER).getValue(),
                         entry.getInt64(SEQUENCE_NUMBER).getValue());
    }

    static StoredEvent read(BsonDocument entry) {
        boolean domain = entry.containsKey(AGGREGATE_IDENTIFIER);
        return new StoredEvent(
                entry.isNumber(GLOBAL_INDEX) ? entry.getNumber(GLOBAL_INDEX).longValue() : -1L,
                domain ? entry.getString(AGGREGATE_IDENTIFIER).getValue() : null,
                domain ? entry.getNumber(SEQUENCE_NUMBER).longValue() : null,
                text(entry.get(TYPE)),
                entry.getString(EVENT_IDENTIFIER).getValue(),
                Instant.ofEpochMilli(entry.getDateTime(TIMESTAMP).getValue()),
                entry.getString(PAYLOAD_TYPE).getValue(),
                text(entry.get(PAYLOAD_REVISION)),
                JsonBson.toJson(entry.get(PAYLOAD)),
                JsonBson.toJson(entry.get(META_DATA)));
    }

    private static BsonValue nullable(String value) {
        return value == null ? BsonNull.VALUE : new BsonString(value);
    }

    private static String text(BsonValue value) {
        return value == null || value.isNull() ? null : value.asString().getValue();
    }
}
