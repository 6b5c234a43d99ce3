package org.caretrail.web.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.caretrail.infra.hl7.MllpServer;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The HL7 corpus of the infra tests (written in the styles of real senders), sent over HTTP and over MLLP to
 * the running application with the sender profiles of its configuration: every message gets the ACK its case
 * expects and the episode reads back as the case says. Each transport gets its own copy of the visit numbers
 * and control ids, so the two runs do not see each other.
 */
@ApiTest
class Hl7CorpusApiTest {

    private static final Path CORPUS = Path.of("../infra/src/test/resources/hl7/corpus");
    /** The case keys the episode API shows, and the JSON field of each. */
    private static final Map<String, String> SHOWN = Map.of("status", "status", "patientId", "patientId",
            "facilityId", "facilityId", "patientClass", "patientClass", "admittedAt", "admittedAt",
            "dischargedAt", "dischargedAt", "disposition", "disposition", "payer", "payer");

    private final Api api;

    @Autowired
    MllpServer mllp;

    Hl7CorpusApiTest(Api api) {
        this.api = api;
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> cases = Files.list(CORPUS)) {
            return cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void overHttpEachMessageGetsItsAckAndTheEpisodeReadsBackAsExpected(String caseName) {
        Properties expected = expected(caseName);
        List<String> acks = new ArrayList<>();
        for (String message : messages(caseName, expected, "-H")) {
            acks.add(msa(post(message)));
        }
        check(expected, acks, "-H");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void overMllpEachMessageGetsItsAckAndTheEpisodeReadsBackAsExpected(String caseName) throws IOException {
        Properties expected = expected(caseName);
        List<String> acks = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", mllp.port())) {
            socket.setSoTimeout(30_000);
            for (String message : messages(caseName, expected, "-M")) {
                acks.add(msa(Hl7MllpApiTest.exchange(socket, message)));
            }
        }
        check(expected, acks, "-M");
    }

    private void check(Properties expected, List<String> acks, String copy) {
        assertThat(acks).as("ACK codes").containsExactly(expected.getProperty("acks").split(","));
        String path = "/api/v1/episodes/" + expected.getProperty("episode") + copy;
        if (expected.getProperty("events").isBlank()) {
            assertThat(api.get(path).status()).as("no episode").isEqualTo(404);
            return;
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode episode = api.get(path).json();
            for (Map.Entry<String, String> shown : SHOWN.entrySet()) {
                String want = expected.getProperty(shown.getKey());
                if (want != null) {
                    JsonNode value = episode.path(shown.getValue());
                    String got = value.isMissingNode() || value.isNull() ? "null" : value.asText();
                    assertThat(got).as(shown.getKey()).isEqualTo(want);
                }
            }
        });
    }

    /** The case's messages with the visit number and control ids of this copy. */
    private static List<String> messages(String caseName, Properties expected, String copy) {
        String episode = expected.getProperty("episode");
        try (Stream<Path> files = Files.list(CORPUS.resolve(caseName))) {
            return files.filter(p -> p.toString().endsWith(".hl7")).sorted().map(Hl7CorpusApiTest::read)
                    .map(text -> copyOf(text.replace("\n", "\r").strip(), episode, copy)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String copyOf(String message, String episode, String copy) {
        String[] segments = message.replace(episode, episode + copy).split("\r");
        String[] msh = segments[0].split("\\|", -1);
        if (msh.length > 9 && !msh[9].isEmpty()) {
            msh[9] = msh[9] + copy; // MSH-10
        }
        segments[0] = String.join("|", msh);
        return String.join("\r", segments);
    }

    private Api.Response post(String message) {
        return api.send(HttpRequest.newBuilder(URI.create(api.url("/api/v1/hl7")))
                .header("Content-Type", "application/hl7-v2")
                .POST(HttpRequest.BodyPublishers.ofString(message))
                .build());
    }

    private static String msa(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return msa(response.body());
    }

    private static String msa(String ack) {
        return Arrays.stream(ack.split("\r")).filter(s -> s.startsWith("MSA|")).findFirst()
                .map(s -> s.split("\\|", -1)[1]).orElseThrow(() -> new AssertionError("no MSA in " + ack));
    }

    private static Properties expected(String caseName) {
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(CORPUS.resolve(caseName).resolve("expected.properties"))) {
            expected.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
