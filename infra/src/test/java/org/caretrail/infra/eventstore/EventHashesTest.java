package org.caretrail.infra.eventstore;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hash format of decision 0003, pinned to a vector computed outside Java, so an auditor can re-implement it. */
class EventHashesTest {

    private static final String CANONICAL = "{\"aggregateIdentifier\":\"ep-1\",\"eventIdentifier\":\"e-1\","
            + "\"globalIndex\":7,\"metaData\":{\"actor\":\"nurse-7\",\"role\":\"CASE_MANAGER\"},"
            + "\"payload\":{\"count\":3,\"list\":[true,null],\"score\":1.50,\"text\":\"café \\\"b\\\"\\n\\u0001\","
            + "\"z\":0.5},\"payloadRevision\":\"1\",\"payloadType\":\"x.NoteRecorded\",\"previousHash\":\""
            + "0".repeat(64) + "\",\"sequenceNumber\":2,\"timestamp\":1740824130123,\"type\":\"Episode\"}";

    @Test
    void theHashIsSha256OverTheCanonicalJsonOfTheStoredFieldsAndThePreviousHash() {
        BsonDocument hashed = new BsonDocument();
        entry().forEach(hashed::put);
        hashed.put("previousHash", new BsonString(EventHashes.FIRST_PREVIOUS));

        assertThat(CanonicalJson.write(hashed)).isEqualTo(CANONICAL);
        assertThat(EventHashes.hash(entry(), EventHashes.FIRST_PREVIOUS))
                .isEqualTo("93bc80274e6de8f1d562885a6136a0118a2fa1070463c5be60bcbe0e0982db7f");
    }

    @Test
    void theSameEventChainedToAnotherPreviousHashHashesDifferently() {
        assertThat(EventHashes.hash(entry(), "1".repeat(64)))
                .isNotEqualTo(EventHashes.hash(entry(), EventHashes.FIRST_PREVIOUS));
    }

    @Test
    void aRemovedFieldCountsAsNullAndChangesTheHash() {
        BsonDocument withoutPayload = entry();
        withoutPayload.remove("payload");

        assertThat(EventHashes.hash(withoutPayload, EventHashes.FIRST_PREVIOUS))
                .isNotEqualTo(EventHashes.hash(entry(), EventHashes.FIRST_PREVIOUS));
    }

    @Test
    void aValueTheEngineNeverWritesCannotBeHashed() {
        BsonDocument odd = entry();
        odd.getDocument("payload").put("id", new BsonObjectId());

        assertThatThrownBy(() -> EventHashes.hash(odd, EventHashes.FIRST_PREVIOUS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Field order here differs from the canonical order on purpose.
    private static BsonDocument entry() {
        BsonDocument payload = new BsonDocument("text", new BsonString("café \"b\"\n\u0001"))
                .append("score", new BsonDecimal128(new Decimal128(new BigDecimal("1.50"))))
                .append("count", new BsonInt32(3))
                .append("z", new BsonDouble(0.5))
                .append("list", new BsonArray(List.of(BsonBoolean.TRUE, BsonNull.VALUE)));
        return new BsonDocument("globalIndex", new BsonInt64(7))
                .append("aggregateIdentifier", new BsonString("ep-1"))
                .append("sequenceNumber", new BsonInt64(2))
                .append("type", new BsonString("Episode"))
                .append("eventIdentifier", new BsonString("e-1"))
                .append("timestamp", new BsonDateTime(1740824130123L))
                .append("payloadType", new BsonString("x.NoteRecorded"))
                .append("payloadRevision", new BsonString("1"))
                .append("payload", payload)
                .append("metaData", new BsonDocument("role", new BsonString("CASE_MANAGER"))
                        .append("actor", new BsonString("nurse-7")));
    }
}
