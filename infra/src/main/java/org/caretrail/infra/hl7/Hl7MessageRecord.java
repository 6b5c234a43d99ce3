package org.caretrail.infra.hl7;

import java.time.Instant;

/**
 * One received HL7 message as kept: its text exactly as received, what it was, and what became
 * of it. {@code error} names the field at fault; {@code duplicateOf} links a repeat to the first;
 * {@code caller} is who handed it in (nobody for MLLP).
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
        Hl7Caller caller) {
}
