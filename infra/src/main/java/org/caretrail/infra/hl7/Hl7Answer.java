package org.caretrail.infra.hl7;

/**
 * What the inbox made of one message: the ACK text (null when there is no one to answer), its code,
 * what became of the message, its type as the meters name it, and the id it is kept under.
 */
public record Hl7Answer(String text, AckCode ack, Hl7Outcome outcome, String type, String messageId) {
}
