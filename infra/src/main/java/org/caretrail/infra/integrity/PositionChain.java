package org.caretrail.infra.integrity;

import org.caretrail.infra.eventstore.StoredPosition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The running hash over global positions (decision 0003): for position p,
 * {@code hex(SHA-256(previous + ":" + p + ":" + mark))}, where mark is the event's stored hash, {@code voided},
 * {@code empty}, {@code unhashed} or {@code absent}.
 */
final class PositionChain {

    static final String START = "0".repeat(64);

    private PositionChain() {
    }

    static String next(String running, long position, StoredPosition stored) {
        return sha256(running + ":" + position + ":" + mark(stored));
    }

    private static String mark(StoredPosition stored) {
        if (stored == null) {
            return "absent";
        }
        return switch (stored.kind()) {
            case VOIDED -> "voided";
            case EMPTY -> "empty";
            case EVENT -> stored.storedHash() == null ? "unhashed" : stored.storedHash();
        };
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
