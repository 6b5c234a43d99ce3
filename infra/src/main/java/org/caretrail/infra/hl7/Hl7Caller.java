package org.caretrail.infra.hl7;

/**
 * Who handed CareTrail a message: the signed-in user and roles for {@code POST /api/v1/hl7}, or
 * nobody for MLLP, which carries no identity (then the sending application, MSH-3, is the actor).
 */
public record Hl7Caller(String actor, String role) {

    private static final Hl7Caller FEED = new Hl7Caller(null, null);

    /** A message from the MLLP feed: no signed-in user. */
    public static Hl7Caller feed() {
        return FEED;
    }

    boolean signedIn() {
        return actor != null && !actor.isBlank();
    }
}
