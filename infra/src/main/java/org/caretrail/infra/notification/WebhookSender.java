package org.caretrail.infra.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Posts a notice as a Standard Webhooks request ({@code webhook-id} is the notice's stable id, so a receiver drops
 * a redelivered double); any 2xx answer is a delivery, anything else, a timeout included, a failed attempt.
 */
final class WebhookSender implements Sender {

    private final HttpClient http;
    private final RecipientSecrets secrets;
    private final Clock clock;
    private final Duration responseTimeout;

    WebhookSender(RecipientSecrets secrets, Clock clock, Duration connectTimeout, Duration responseTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.secrets = secrets;
        this.clock = clock;
        this.responseTimeout = responseTimeout;
    }

    @Override
    public DeliveryResult send(Notice notice) {
        String secret = secrets.of(notice.recipientId()).orElse(null);
        if (secret == null) {
            return DeliveryResult.failed("no signing secret is stored for recipient " + notice.recipientId());
        }
        Instant now = clock.instant();
        String body = WebhookBody.of(notice, now);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(notice.endpoint()))
                .timeout(responseTimeout)
                .header("Content-Type", "application/json")
                .header("webhook-id", notice.notificationId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, notice.notificationId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? DeliveryResult.ok()
                    : DeliveryResult.failed("the receiver answered HTTP " + response.statusCode());
        } catch (IOException e) {
            return DeliveryResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.failed("interrupted while sending");
        }
    }
}
