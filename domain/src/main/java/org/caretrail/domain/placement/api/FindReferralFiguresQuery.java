package org.caretrail.domain.placement.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Asks for the referrals placed from {@code from} to {@code to} (facility dates, both included) per service type and
 * provider, as they stood at asOf; answered with a {@link ReferralFiguresResponse}.
 *
 * @param facilityId null for every facility
 */
public record FindReferralFiguresQuery(String facilityId, LocalDate from, LocalDate to, Instant asOf) {
}
