package org.caretrail.domain.placement.api;

import org.caretrail.domain.episode.api.ServiceType;

/**
 * One service type and provider's referrals at asOf; the hours are from placement to the acceptance or decline.
 *
 * @param acceptanceRate accepted over accepted plus declined, null when none was answered
 */
public record ReferralFigures(ServiceType serviceType, String providerId, long placed, long accepted, long declined,
                              long cancelled, long waiting, Double acceptanceRate, Double medianHoursToAnswer,
                              Double p90HoursToAnswer) {
}
