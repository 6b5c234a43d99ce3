package org.caretrail.domain.episode.api;

/**
 * The metadata keys every recorded event carries, and their fixed values: the one vocabulary the command sender,
 * the HL7 inbox and the audit trail share.
 */
public final class EventMetadata {

    /** Who caused the event: a user name, a token subject, or an HL7 sending application. */
    public static final String ACTOR = "actor";
    /** The role the actor acted in. */
    public static final String ROLE = "role";
    /** How the event came in: {@link #SOURCE_API} or {@link #SOURCE_HL7}. */
    public static final String SOURCE = "source";
    /** For HL7, the message control id (MSH-10) of the message the event came from. */
    public static final String SOURCE_MESSAGE_ID = "sourceMessageId";
    /** For HL7, the sending application (MSH-3), also when a signed-in caller posted the message. */
    public static final String SENDING_APPLICATION = "sendingApplication";
    /** Axon's correlation key: the id of the message that caused this one. */
    public static final String CORRELATION_ID = "correlationId";

    public static final String SOURCE_API = "api";
    public static final String SOURCE_HL7 = "hl7";
    /** The role of a sender that is a system, not a person. */
    public static final String ROLE_INTEGRATION = "INTEGRATION";

    private EventMetadata() {
    }
}
