package org.caretrail.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A small HTTP client for end-to-end tests: raw JSON in, status, headers and parsed JSON out. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response post(String path, String json) {
        return post(path, json, Map.of());
    }

    public Response post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** GETs a path after the position of a command response, so the read includes that write. */
    public Response getAfter(String path, Response command) {
        return get(path, Map.of("CareTrail-Position", command.header("CareTrail-Position").orElseThrow()));
    }

    /** Admits a patient with a fresh episode id; returns the id. */
    public String admit(String patientId, String facilityId, String patientClass, String admittedAt) {
        String episodeId = "E-" + UUID.randomUUID();
        Response response = post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"%s","facilityId":"%s","patientClass":"%s",
                 "admittedAt":"%s","payer":"MEDICARE","principalDiagnosis":"I50.9"}
                """.formatted(episodeId, patientId, facilityId, patientClass, admittedAt));
        if (response.status() != 201) {
            throw new AssertionError("admission failed: " + response);
        }
        return episodeId;
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP response. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
