package org.caretrail.infra.hl7;

import java.util.Locale;

/** How a message reached CareTrail: the MLLP listener, {@code POST /api/v1/hl7}, or the history import. */
public enum Hl7Transport {
    MLLP,
    HTTP,
    IMPORT;

    /** The value of the {@code transport} tag on the HL7 meters. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
