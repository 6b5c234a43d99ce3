package org.caretrail.infra.hl7;

import java.util.List;

/** The reply to a batch (its ACKs in an envelope) and what became of each of its messages, in order. */
public record Hl7BatchAnswer(String text, List<Hl7Answer> answers) {

    public Hl7BatchAnswer {
        answers = List.copyOf(answers);
    }
}
