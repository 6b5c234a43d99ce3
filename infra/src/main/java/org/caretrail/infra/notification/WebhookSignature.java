package org.caretrail.infra.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,} and the Base64 HMAC-SHA256 of {@code id.timestamp.body}. A secret in
 * the standard's form ({@code whsec_} and Base64) signs with its decoded bytes; any other secret with its UTF-8 bytes.
 */
public final class WebhookSignature {

    private static final String PREFIX = "whsec_";

    private WebhookSignature() {
    }

    public static String sign(String secret, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyOf(secret), "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    static byte[] keyOf(String secret) {
        if (secret.startsWith(PREFIX)) {
            return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a secret can sign: a {@code whsec_} secret must be valid Base64. */
    public static boolean isUsable(String secret) {
        try {
            return keyOf(secret).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
