package org.caretrail.infra.hl7;

import org.caretrail.domain.episode.api.EventMetadata;

/**
 * Who handed CareTrail a message, and so the actor its events record: the signed-in user and role for
 * {@code POST /api/v1/hl7}, or a listener's fixed integration identity (role {@value #INTEGRATION}) for MLLP
 * and imports. The sending application (MSH-3) is never the actor: any sender can write any name there.
 */
public record Hl7Caller(String actor, String role, boolean integration) {

    public static final String INTEGRATION = EventMetadata.ROLE_INTEGRATION;
    /** The identity of an MLLP listener that was given none. */
    public static final String DEFAULT_LISTENER = "hl7-mllp";

    /** A signed-in user. */
    public Hl7Caller(String actor, String role) {
        this(actor, role, false);
    }

    /** A message from an integration with this fixed identity. */
    public static Hl7Caller integration(String identity) {
        return new Hl7Caller(identity, INTEGRATION, true);
    }

    /** A message from the default MLLP listener. */
    public static Hl7Caller feed() {
        return integration(DEFAULT_LISTENER);
    }

    /** An integration identity (or nobody, as messages kept before identities were recorded): not a user. */
    boolean isIntegration() {
        return integration || actor == null;
    }
}
