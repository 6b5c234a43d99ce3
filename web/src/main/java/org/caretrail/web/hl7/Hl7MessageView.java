package org.caretrail.web.hl7;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.caretrail.infra.hl7.AckCode;
import org.caretrail.infra.hl7.Hl7MessageRecord;
import org.caretrail.infra.hl7.Hl7Outcome;

/** One kept HL7 message as the admin API shows it. */
public record Hl7MessageView(
        String id,
        String controlId,
        @Schema(description = "MSH-3, as the message says; data, not an identity") String sendingApplication,
        @Schema(example = "ADT^A03") String messageType,
        String episodeId,
        String patientId,
        Hl7Outcome outcome,
        AckCode ackCode,
        @Schema(description = "the field at fault and why, or why the message was ignored") String error,
        Instant receivedAt,
        Instant processedAt,
        int attempts,
        @Schema(description = "the message this one repeats, or whose control id it reused") String duplicateOf,
        @Schema(description = "who handed it in: a user, or an integration identity") String receivedBy,
        @Schema(description = "the IN1 plan code the payer was read from") String payerCode,
        @Schema(description = "SHA-256 of the text without MSH-7, kept after the text is dropped") String contentHash,
        @Schema(description = "what was read but left aside, such as a code of another system") List<String> notes,
        @Schema(description = "the text as received; absent once its retention passed") String raw) {

    static Hl7MessageView of(Hl7MessageRecord kept) {
        return new Hl7MessageView(kept.id(), kept.controlId(), kept.sendingApplication(), kept.messageType(),
                kept.episodeId(), kept.patientId(), kept.outcome(), kept.ackCode(), kept.error(), kept.receivedAt(),
                kept.processedAt(), kept.attempts(), kept.duplicateOf(), kept.caller().actor(), kept.payerCode(),
                kept.contentHash(), kept.notes(), kept.raw());
    }
}
