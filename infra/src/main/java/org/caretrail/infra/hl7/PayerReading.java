package org.caretrail.infra.hl7;

import org.caretrail.domain.episode.api.Payer;

/** The payer a message names and the IN1 code it was read from, both null when it carries no IN1. */
record PayerReading(Payer payer, String planCode) {

    static final PayerReading NONE = new PayerReading(null, null);
}
