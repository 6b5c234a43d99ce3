package org.caretrail.web.demo;

import java.util.List;

/**
 * What a demo feed sent and what became of it: HL7 messages by acknowledgement, commands recorded or refused,
 * and the first few refusals word for word.
 */
record FeedSummary(long hl7Accepted, long hl7Refused, long commandsRecorded, long commandsRefused,
                   List<String> firstRefusals) {

    String describe() {
        StringBuilder text = new StringBuilder(String.format(
                "HL7 over MLLP: %,d accepted, %,d refused; commands: %,d recorded, %,d refused",
                hl7Accepted, hl7Refused, commandsRecorded, commandsRefused));
        firstRefusals.forEach(refusal -> text.append("\n  refused: ").append(refusal));
        return text.toString();
    }
}
