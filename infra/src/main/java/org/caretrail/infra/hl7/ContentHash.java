package org.caretrail.infra.hl7;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a message's text as its content, without MSH-7: an engine that resends a message may stamp
 * a new send time, and that is still the same message. Segment ends and surrounding space do not count.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(String raw) {
        if (raw == null) {
            return null;
        }
        String text = AdtParser.normalize(raw);
        if (text.startsWith("MSH") && text.length() > 3) {
            text = withoutSendTime(text);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String withoutSendTime(String text) {
        char separator = text.charAt(3);
        int end = text.indexOf('\r');
        String msh = end < 0 ? text : text.substring(0, end);
        String[] fields = msh.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (fields.length > 6) {
            fields[6] = ""; // MSH-7: index 6, since MSH-1 is the separator itself
        }
        return String.join(String.valueOf(separator), fields) + (end < 0 ? "" : text.substring(end));
    }
}
