package org.caretrail.domain.readmission.api;

import java.util.List;

/** One page of index stays with the total count of matches. */
public record IndexStayPage(List<IndexStayView> items, int page, int size, long total) {

    public IndexStayPage {
        items = List.copyOf(items);
    }
}
