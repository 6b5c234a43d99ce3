package org.caretrail.web.hl7;

import java.util.List;

/** One page of kept HL7 messages with the count of every message the listing matches. */
public record Hl7MessageList(List<Hl7MessageView> items, int page, int size, long total) {

    public Hl7MessageList {
        items = List.copyOf(items);
    }
}
