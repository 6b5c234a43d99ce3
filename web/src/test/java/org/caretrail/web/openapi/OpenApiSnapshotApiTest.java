package org.caretrail.web.openapi;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI description, paths and response schemas included, equals the approved one: a change to a
 * controller or to a record it returns cannot change the API unnoticed. To accept a change, review the received
 * file's diff and run the test with {@code -Dopenapi.approve=true}.
 */
@ApiTest
class OpenApiSnapshotApiTest {

    static final Path APPROVED = Path.of("src/test/resources/openapi/caretrail-api.approved.json");
    static final Path RECEIVED = Path.of("src/test/resources/openapi/caretrail-api.received.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServedDescriptionIsTheApprovedOne(Api api) throws IOException {
        String received = normalised(JSON.readTree(served(api)));
        if (Boolean.getBoolean("openapi.approve")) {
            Files.writeString(APPROVED, received);
            Files.deleteIfExists(RECEIVED);
            return;
        }
        String approved = Files.exists(APPROVED) ? Files.readString(APPROVED) : null;
        if (received.equals(approved)) {
            Files.deleteIfExists(RECEIVED);
            return;
        }
        Files.writeString(RECEIVED, received);
        fail((approved == null ? "No approved OpenAPI description yet" : "The OpenAPI description changed")
                + ": compare " + RECEIVED + " with " + APPROVED + ". If the change is intended, approve it with"
                + " ./mvnw -pl web -am verify -Dtest=OpenApiSnapshotApiTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dopenapi.approve=true");
    }

    /** The description as served; generating it the first time takes long on a loaded machine. */
    private static String served(Api api) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.url("/v3/api-docs")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Api.TESTER + ":" + Api.TESTER + "-password").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(3))
                .GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                fail("GET /v3/api-docs answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Keys sorted at every level, the server list (it names the random port) left out, pretty-printed. */
    static String normalised(JsonNode description) throws IOException {
        ObjectNode copy = description.deepCopy();
        copy.remove("servers");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(copy)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode result = JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> result.set(name, sorted(object.get(name))));
            return result;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode result = JSON.createArrayNode();
            array.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }
}
