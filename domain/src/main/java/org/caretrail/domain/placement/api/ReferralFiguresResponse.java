package org.caretrail.domain.placement.api;

import java.util.List;

/** Referral figures per service type and provider, in that order. */
public record ReferralFiguresResponse(List<ReferralFigures> items) {

    public ReferralFiguresResponse {
        items = List.copyOf(items);
    }
}
