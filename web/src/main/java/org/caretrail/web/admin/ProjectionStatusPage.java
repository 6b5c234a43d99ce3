package org.caretrail.web.admin;

import java.util.List;

/** One page of projection statuses, by name. */
public record ProjectionStatusPage(List<ProjectionStatus> items, int page, int size, long total) {

    public ProjectionStatusPage {
        items = List.copyOf(items);
    }
}
