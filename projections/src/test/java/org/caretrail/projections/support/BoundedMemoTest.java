package org.caretrail.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    private final List<String> asked = new ArrayList<>();
    private final BoundedMemo<String, Integer> lengths = new BoundedMemo<>(2, key -> {
        asked.add(key);
        return key.length();
    });

    @Test
    void aRepeatedKeyIsAnsweredWithoutAskingAgain() {
        assertThat(lengths.get("I50.9")).isEqualTo(5);
        assertThat(lengths.get("I50.9")).isEqualTo(5);
        assertThat(asked).containsExactly("I50.9");
    }

    @Test
    void whenFullItForgetsEverythingAndStillAnswersRight() {
        lengths.get("A");
        lengths.get("BB");
        assertThat(lengths.size()).isEqualTo(2);

        assertThat(lengths.get("CCC")).isEqualTo(3);
        assertThat(lengths.size()).isEqualTo(1);
        assertThat(lengths.get("A")).isEqualTo(1);
        assertThat(asked).containsExactly("A", "BB", "CCC", "A");
    }
}
