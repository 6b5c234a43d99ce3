package org.caretrail.domain.episode.api;

import java.util.List;

/** The ids of the facilities that have episodes, in order. */
public record FacilityIds(List<String> ids) {

    public FacilityIds {
        ids = List.copyOf(ids);
    }
}
