package org.caretrail.infra.hl7;

/**
 * Why a message was not applied: the ACK code to answer, the table 0357 error, and the field at
 * fault as {@code SEG-n} (null when no single field is).
 */
final class Hl7Problem extends RuntimeException {

    private final AckCode ack;
    private final ErrorCode error;
    private final String location;
    private final boolean waitsForEpisode;

    Hl7Problem(AckCode ack, ErrorCode error, String location, String message) {
        this(ack, error, location, message, false);
    }

    private Hl7Problem(AckCode ack, ErrorCode error, String location, String message, boolean waitsForEpisode) {
        super(message);
        this.ack = ack;
        this.error = error;
        this.location = location;
        this.waitsForEpisode = waitsForEpisode;
    }

    /** The episode does not exist yet: AE 204, and the message is parked until its admission arrives. */
    static Hl7Problem parked(String location, String message) {
        return new Hl7Problem(AckCode.AE, ErrorCode.UNKNOWN_KEY_IDENTIFIER, location, message, true);
    }

    boolean waitsForEpisode() {
        return waitsForEpisode;
    }

    /** The message cannot be read or is not supported: AR. */
    static Hl7Problem rejected(ErrorCode error, String location, String message) {
        return new Hl7Problem(AckCode.AR, error, location, message);
    }

    /** The message is readable but carries a field wrongly, or the episode refuses it: AE. */
    static Hl7Problem refused(ErrorCode error, String location, String message) {
        return new Hl7Problem(AckCode.AE, error, location, message);
    }

    AckCode ack() {
        return ack;
    }

    ErrorCode error() {
        return error;
    }

    String location() {
        return location;
    }

    /** The problem as one line for people: the field first, when there is one. */
    String describe() {
        return location == null ? getMessage() : location + ": " + getMessage();
    }
}
