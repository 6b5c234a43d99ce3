package org.caretrail.infra.hl7;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Imports files of HL7 messages as hospitals export them (one message after another, segments ending in CR,
 * LF or CRLF, or FHS/BHS batches, MLLP block characters tolerated) through the inbox, as the MLLP listener
 * would: each message is kept and answered once per control id, so importing a file again records nothing twice.
 */
public final class Hl7FileImport {

    private final Hl7Inbox inbox;
    private final Hl7Caller caller;

    public Hl7FileImport(Hl7Inbox inbox, Hl7Caller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    /** The messages of the files, in file order, each named {@code file#n}. */
    public static List<Message> read(List<Path> files) throws IOException {
        List<Message> messages = new ArrayList<>();
        for (Path file : files) {
            String text = decode(Files.readAllBytes(file)).replace('\u000b', '\n').replace('\u001c', '\n');
            int n = 0;
            for (String message : Hl7Batch.split(text).messages()) {
                messages.add(new Message(file.getFileName() + "#" + ++n, message));
            }
        }
        return messages;
    }

    /**
     * Sends every message in order, telling {@code progress} (done, total) after each, then runs {@code settle}
     * (which waits until parked messages whose admission came later in the files were released) and sums up
     * what finally became of each message.
     */
    public Summary run(List<Message> messages, BiConsumer<Integer, Integer> progress, Runnable settle) {
        List<String> ids = new ArrayList<>();
        int done = 0;
        for (Message message : messages) {
            ids.add(inbox.handle(message.text(), caller, Hl7Transport.IMPORT).messageId());
            progress.accept(++done, messages.size());
        }
        settle.run();
        Map<Hl7Outcome, Integer> counts = new EnumMap<>(Hl7Outcome.class);
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Hl7MessageRecord kept = inbox.message(ids.get(i)).orElseThrow();
            counts.merge(kept.outcome(), 1, Integer::sum);
            if (kept.outcome() == Hl7Outcome.REJECTED || kept.outcome() == Hl7Outcome.ERROR) {
                rejected.add(messages.get(i).name() + " (" + kept.controlId() + ", id " + kept.id() + "): "
                        + kept.error());
            }
        }
        return new Summary(messages.size(), counts, rejected);
    }

    /** A message of a file, named by the file and its place in it. */
    public record Message(String name, String text) {
    }

    /** How many messages were imported, what finally became of them, and the rejected ones with their reasons. */
    public record Summary(int total, Map<Hl7Outcome, Integer> counts, List<String> rejected) {

        public int count(Hl7Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }

    /** UTF-8, or Latin-1 for the older exports that are not UTF-8. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
