package org.caretrail.infra.hl7;

import java.util.Locale;

/** How a message reached CareTrail: the MLLP listener or {@code POST /api/v1/hl7}. */
public enum Hl7Transport {
    MLLP,
    HTTP;

    /** The value of the {@code transport} tag on the HL7 meters. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
