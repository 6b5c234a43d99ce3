package org.caretrail.web.hl7;

import java.util.List;

/** A listing of kept HL7 messages. */
public record Hl7MessageList(List<Hl7MessageView> items) {
}
