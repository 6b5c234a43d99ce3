package org.caretrail.domain.episode.api;

/** A command that names a referral the episode does not have. */
public class ReferralNotFoundException extends RuntimeException {

    private final String episodeId;
    private final String referralId;

    public ReferralNotFoundException(String episodeId, String referralId) {
        super("Episode " + episodeId + " has no referral " + referralId);
        this.episodeId = episodeId;
        this.referralId = referralId;
    }

    public String episodeId() {
        return episodeId;
    }

    public String referralId() {
        return referralId;
    }
}
