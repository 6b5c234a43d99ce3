package org.caretrail.infra.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void aStandardWebhooksSecretSignsLikeTheStandardsOwnExample() {
        // the example of the Standard Webhooks specification and its reference libraries
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aChangedBodyChangesTheSignature() {
        String secret = "a-shared-signing-secret";
        assertThat(WebhookSignature.sign(secret, "id-1", 1L, "{\"a\":1}"))
                .isNotEqualTo(WebhookSignature.sign(secret, "id-1", 1L, "{\"a\":2}"))
                .startsWith("v1,");
    }

    @Test
    void aStandardSecretThatIsNotBase64CannotSign() {
        assertThat(WebhookSignature.isUsable("whsec_not base64!")).isFalse();
        assertThat(WebhookSignature.isUsable("plain-text-secret-of-length")).isTrue();
    }
}
