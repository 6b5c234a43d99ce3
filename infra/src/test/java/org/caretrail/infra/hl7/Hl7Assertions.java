package org.caretrail.infra.hl7;

import java.util.Arrays;

/** Reading ACK text in tests. */
final class Hl7Assertions {

    private Hl7Assertions() {
    }

    /** MSA-1 of an ACK. */
    static String ackCode(String ack) {
        return field(ack, "MSA", 1);
    }

    /** A field of the first segment with this name, by HL7 number (MSH counts its separator). */
    static String field(String message, String segment, int number) {
        return Arrays.stream(message.split("\r"))
                .filter(s -> s.startsWith(segment + "|"))
                .findFirst()
                .map(s -> {
                    String[] fields = s.split("\\|", -1);
                    int index = segment.equals("MSH") ? number - 1 : number;
                    return index < fields.length ? fields[index] : "";
                })
                .orElse(null);
    }
}
