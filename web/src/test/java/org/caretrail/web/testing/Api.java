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
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A small HTTP client for end-to-end tests: raw JSON in, status, headers and parsed JSON out.
 * It signs in as {@value #TESTER}, who holds every role (application-test.yml); {@link #as(String)},
 * {@link #anonymous()} and {@link #withAuthorization(String)} give a client that sends other credentials.
 */
public final class Api {

    /** The test user with every role. */
    public static final String TESTER = "tester";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;

    public Api(int port) {
        this("http://127.0.0.1:" + port, basic(TESTER, TESTER + "-password"));
    }

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The absolute URL of a path of the application under test. */
    public String url(String path) {
        return base + path;
    }

    /** Signs in as one of the test users of application-test.yml, whose password is {@code <name>-password}. */
    public Api as(String user) {
        return as(user, user + "-password");
    }

    public Api as(String user, String password) {
        return withAuthorization(basic(user, password));
    }

    /** Sends no credentials at all. */
    public Api anonymous() {
        return withAuthorization(null);
    }

    /** Sends this {@code Authorization} header value ({@code Bearer ...}), or none when null. */
    public Api withAuthorization(String authorization) {
        return new Api(base, authorization);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
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

    /** GETs a path after the position of a command response and answers its JSON; fails unless it answered 200. */
    public JsonNode readAfter(String path, Response command) {
        return getAfter(path, command).expect(200).json();
    }

    /** Admits a Medicare patient with heart failure and a fresh episode id; returns the id. */
    public String admit(String patientId, String facilityId, String patientClass, String admittedAt) {
        return admit(patientId, facilityId, patientClass, admittedAt, "");
    }

    /**
     * As {@link #admit(String, String, String, String)}, with fields the default admission does not set, each
     * followed by a comma (for example {@code "\"birthDate\":\"1950-05-01\","}).
     */
    public String admit(String patientId, String facilityId, String patientClass, String admittedAt,
                        String moreFields) {
        String episodeId = "E-" + UUID.randomUUID();
        Response response = post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"%s","facilityId":"%s","patientClass":"%s",%s
                 "admittedAt":"%s","payer":"MEDICARE","principalDiagnosis":"I50.9"}
                """.formatted(episodeId, patientId, facilityId, patientClass, moreFields, admittedAt));
        if (response.status() != 201) {
            throw new AssertionError("admission failed: " + response);
        }
        return episodeId;
    }

    /** Discharges an episode; returns the command's response, whose position a read can wait for. */
    public Response discharge(String episodeId, String dischargedAt, String disposition) {
        Response response = post("/api/v1/episodes/" + episodeId + "/discharge", """
                {"disposition":"%s","dischargedAt":"%s"}""".formatted(disposition, dischargedAt));
        if (response.status() < 200 || response.status() > 299) {
            throw new AssertionError("discharge failed: " + response);
        }
        return response;
    }

    /** Sends the request with this client's credentials, unless it carries its own {@code Authorization}. */
    public Response send(HttpRequest request) {
        if (authorization != null && request.headers().firstValue("Authorization").isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", authorization).build();
        }
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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

        /** This response; fails, naming the response, unless its status is {@code expected}. */
        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected status " + expected + " but was " + this);
            }
            return this;
        }

        /** This response; fails, naming the response, unless its status is a 2xx. */
        public Response expectSuccess() {
            if (status < 200 || status > 299) {
                throw new AssertionError("expected a 2xx status but was " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
