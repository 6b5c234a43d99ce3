package org.caretrail.domain.compliance.api;

import java.util.List;

/** One page of clocks with the total count of matches. */
public record ClockPage(List<ClockEntry> items, int page, int size, long total) {

    public ClockPage {
        items = List.copyOf(items);
    }
}
