package org.caretrail.web.hl7;

import java.util.List;
import org.caretrail.infra.hl7.Hl7MessageRecord;

/** A listing of kept HL7 messages. */
public record Hl7MessageList(List<Hl7MessageRecord> items) {
}
