package org.caretrail.infra.eventstore;

import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class JsonBsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\":1,\"b\":\"x\",\"c\":[true,null,2.5],\"d\":{\"e\":9007199254740993}}",
            "{\"price\":1.50,\"tiny\":1.0E-7,\"exact\":0.1000000000000000055511151231257827}",
            "\"just a string\"",
            "[1,2,3]",
            "{\"$notAnOperator\":\"kept as a field\"}"
    })
    void jsonSurvivesTheTripThroughBsonUnchanged(String json) {
        assertThat(JsonBson.toJson(JsonBson.toBson(json))).isEqualTo(json);
    }

    @Test
    void numbersThatADoubleHoldsExactlyAreStoredAsDoublesForReadability() {
        BsonValue stored = JsonBson.toBson("{\"weight\":72.5,\"dose\":1.50}");

        assertThat(stored.asDocument().get("weight").isDouble()).isTrue();
        assertThat(stored.asDocument().get("dose").isDecimal128()).isTrue();
    }
}
