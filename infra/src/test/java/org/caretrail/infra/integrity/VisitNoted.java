package org.caretrail.infra.integrity;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** A test event with text and an exact decimal, as CareTrail's events carry. */
@Revision("1")
record VisitNoted(String episodeId, String text, BigDecimal score) {
}
