package org.caretrail.web.episode;

/** Answer to a placed referral. */
public record ReferralAccepted(String episodeId, String referralId) {
}
