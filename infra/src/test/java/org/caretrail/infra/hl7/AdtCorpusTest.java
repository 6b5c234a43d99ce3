package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus case, fed message by message through the inbox, leaves the episode it expects. */
class AdtCorpusTest {

    private static final Set<String> NOT_STATE = Set.of("episode", "acks", "outcomes");

    static List<String> cases() {
        return Corpus.caseNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseAnswersAndRecordsWhatItExpects(String caseName) {
        Properties expected = Corpus.expected(caseName);
        try (Hl7TestRig rig = new Hl7TestRig()) {
            List<String> acks = rig.receiveAll(Corpus.messages(caseName));

            assertThat(acks).as("ACK codes").containsExactly(list(expected, "acks"));
            assertThat(rig.inbox().messages(null, 100)).extracting(m -> m.outcome().name())
                    .as("kept outcomes").containsExactly(list(expected, "outcomes"));
            Map<String, String> episode = rig.episode(expected.getProperty("episode"));
            for (String key : expected.stringPropertyNames()) {
                if (!NOT_STATE.contains(key)) {
                    assertThat(episode.get(key)).as(key).isEqualTo(expected.getProperty(key));
                }
            }
        }
    }

    private static String[] list(Properties expected, String key) {
        return Arrays.stream(expected.getProperty(key).split(",")).map(String::trim).toArray(String[]::new);
    }
}
