package org.caretrail.infra.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs checkpoints with HMAC-SHA256 under a key kept outside the database, so that whoever can
 * write to MongoDB but not read the key cannot make a checkpoint (or re-hash history behind one)
 * that verifies. Every field is signed: the positions, the running hash, the previous checkpoint's
 * hash, the counter and the time.
 */
public final class CheckpointSeal {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param key at least 32 bytes */
    public CheckpointSeal(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The checkpoint key must have at least 32 bytes (256 bits); it has "
                    + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public Checkpoint sign(Checkpoint checkpoint) {
        return checkpoint.signed(mac(checkpoint));
    }

    /** Whether the checkpoint carries this key's signature over exactly its fields. */
    public boolean valid(Checkpoint checkpoint) {
        return checkpoint.signature() != null && MessageDigest.isEqual(
                checkpoint.signature().getBytes(StandardCharsets.US_ASCII),
                mac(checkpoint).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A key for another purpose derived from this one (HMAC-SHA256 of the purpose's name), so that one secret kept
     * outside the database protects more than checkpoints without any of its uses revealing the others.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(("caretrail-derived-key-v1|" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Signs a log's checkpoint (its own signed text, {@code caretrail-log-checkpoint-v1}, decision 0024). */
    public LogCheckpoint sign(LogCheckpoint checkpoint) {
        return checkpoint.signed(mac(checkpoint));
    }

    /** Whether the log's checkpoint carries this key's signature over exactly its fields. */
    public boolean valid(LogCheckpoint checkpoint) {
        return checkpoint.signature() != null && MessageDigest.isEqual(
                checkpoint.signature().getBytes(StandardCharsets.US_ASCII),
                mac(checkpoint).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(LogCheckpoint c) {
        return mac(String.join("|", "caretrail-log-checkpoint-v1", c.log(), Long.toString(c.number()),
                Long.toString(c.fromSequence()), Long.toString(c.sequence()), c.hash(), c.previousHash(),
                Long.toString(c.entries()),
                c.absentSequences().stream().map(String::valueOf).collect(Collectors.joining(",")),
                Long.toString(c.createdAt().toEpochMilli()), Long.toString(c.allocatedHead())));
    }

    private String mac(Checkpoint c) {
        return mac(String.join("|", "caretrail-checkpoint-v1", Long.toString(c.number()),
                Long.toString(c.fromPosition()), Long.toString(c.position()), c.hash(), c.previousHash(),
                Long.toString(c.events()),
                c.absentPositions().stream().map(String::valueOf).collect(Collectors.joining(",")),
                Long.toString(c.createdAt().toEpochMilli()), Long.toString(c.allocatedHead())));
    }

    private String mac(String signed) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
