package org.caretrail.web.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A care team's webhook endpoint, started by a test on a free port: it checks each request's Standard Webhooks
 * signature with the shared secret (a request that fails is answered 401 and not kept) and keeps what it took.
 * It can refuse (503) the next requests, as a receiver that is down.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String secret;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    /** One accepted request: the webhook-id header and the JSON body. */
    record Received(String webhookId, JsonNode body) {

        String type() {
            return body.get("type").asText();
        }

        JsonNode data() {
            return body.get("data");
        }
    }

    WebhookReceiver(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers the next {@code count} requests 503, as a receiver that is down. */
    void refuseNext(int count) {
        refuseNext.set(count);
    }

    int refusedCount() {
        return refused.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        int status;
        if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            refused.incrementAndGet();
            status = 503;
        } else if (id == null || timestamp == null || !expected(id, timestamp, body).equals(signature)) {
            badSignatures.incrementAndGet();
            status = 401;
        } else {
            synchronized (this) {
                received.add(new Received(id, JSON.readTree(body)));
            }
            status = 204;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String expected(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
