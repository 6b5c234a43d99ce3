package org.caretrail.infra.hl7;

import java.time.Instant;
import java.util.List;

/**
 * One received HL7 message as kept: its text exactly as received (null once its retention passed), what it
 * was, and what became of it. {@code error} names the field at fault, or why it was ignored;
 * {@code duplicateOf} links a repeat (or a reuse of its control id) to the first; {@code caller} is who
 * handed it in; {@code patientId} the patient it names; {@code contentHash} the SHA-256 of its text without
 * MSH-7, kept for good; {@code payerCode} the IN1 plan code its payer was read from; {@code notes} what
 * was read but left aside.
 */
public record Hl7MessageRecord(
        String id,
        String controlId,
        String sendingApplication,
        String messageType,
        String episodeId,
        Hl7Outcome outcome,
        AckCode ackCode,
        String error,
        Instant receivedAt,
        Instant processedAt,
        int attempts,
        String duplicateOf,
        String raw,
        Hl7Caller caller,
        String patientId,
        String contentHash,
        String payerCode,
        List<String> notes) {
}
