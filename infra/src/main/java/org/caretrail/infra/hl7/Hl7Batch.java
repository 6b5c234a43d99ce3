package org.caretrail.infra.hl7;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HL7 batch text as hospitals export it: an FHS/BHS envelope (file and batch header, BTS/FTS trailers) around
 * messages, or messages one after another with no envelope; segments end with CR, LF or CRLF and blank lines
 * between messages are allowed. Each MSH starts a message.
 */
final class Hl7Batch {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ").withZone(ZoneOffset.UTC);

    private final String fileHeader;
    private final String batchHeader;
    private final List<String> messages;

    private Hl7Batch(String fileHeader, String batchHeader, List<String> messages) {
        this.fileHeader = fileHeader;
        this.batchHeader = batchHeader;
        this.messages = List.copyOf(messages);
    }

    static Hl7Batch split(String text) {
        String fileHeader = null;
        String batchHeader = null;
        List<String> messages = new ArrayList<>();
        StringBuilder current = null;
        for (String segment : AdtParser.normalize(text).split("\r")) {
            String line = segment.strip().isEmpty() ? "" : segment;
            String name = line.length() >= 3 ? line.substring(0, 3) : line;
            switch (name) {
                case "FHS" -> fileHeader = fileHeader == null ? line : fileHeader;
                case "BHS" -> batchHeader = batchHeader == null ? line : batchHeader;
                case "BTS", "FTS", "" -> current = flush(current, messages);
                case "MSH" -> {
                    flush(current, messages);
                    current = new StringBuilder(line);
                }
                default -> {
                    if (current == null) {
                        current = new StringBuilder(line); // text before any MSH is kept, and refused, as a message
                    } else {
                        current.append('\r').append(line);
                    }
                }
            }
        }
        flush(current, messages);
        return new Hl7Batch(fileHeader, batchHeader, messages);
    }

    /** Whether the text is a batch rather than one message: an envelope, or more than one MSH. */
    static boolean isBatch(String text) {
        String normalized = AdtParser.normalize(text);
        return normalized.startsWith("FHS") || normalized.startsWith("BHS")
                || Pattern.compile("\rMSH").matcher(normalized).find();
    }

    List<String> messages() {
        return messages;
    }

    /**
     * The reply: the ACKs in order, in an FHS/BHS envelope addressed back to the sender, whose BHS-12 and
     * FHS-12 name the received batch's and file's control ids; BTS-1 counts the ACKs.
     */
    String reply(List<Hl7Answer> answers, String controlId, Instant now) {
        StringBuilder out = new StringBuilder();
        String stamp = TIMESTAMP.format(now);
        if (fileHeader != null) {
            out.append(header("FHS", fileHeader, controlId, stamp)).append('\r');
        }
        out.append(header("BHS", batchHeader, controlId, stamp)).append('\r');
        for (Hl7Answer answer : answers) {
            if (answer.text() != null) {
                out.append(answer.text());
            }
        }
        out.append("BTS|").append(answers.size()).append('\r');
        if (fileHeader != null) {
            out.append("FTS|1\r");
        }
        return out.toString();
    }

    /** An envelope header answering the received one: sender and receiver swapped, its control id referenced. */
    private static String header(String name, String received, String controlId, String stamp) {
        String[] f = received == null ? new String[0] : received.split(Pattern.quote(received.substring(3, 4)), -1);
        return String.join("|", name, "^~\\&", at(f, 4, "CARETRAIL"), at(f, 5, "CARETRAIL"), at(f, 2, ""),
                at(f, 3, ""), stamp, "", "", "", Acks.escape(controlId), at(f, 10, ""));
    }

    /** Field n of a header split on its separator (index n, as the separator itself is field 1). */
    private static String at(String[] fields, int index, String fallback) {
        return index < fields.length && !fields[index].isBlank() ? fields[index] : fallback;
    }

    private static StringBuilder flush(StringBuilder current, List<String> messages) {
        if (current != null && !current.isEmpty()) {
            messages.add(current.toString());
        }
        return null;
    }
}
