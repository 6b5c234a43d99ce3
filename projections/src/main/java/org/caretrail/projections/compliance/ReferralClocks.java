package org.caretrail.projections.compliance;

import static org.caretrail.domain.compliance.api.ComplianceClock.POST_ACUTE_CHOICE;
import static org.caretrail.domain.compliance.api.ComplianceClock.REFERRAL_RESPONSE;

import java.time.Instant;
import org.caretrail.domain.compliance.api.ComplianceSettings;

/**
 * The two clocks of each referral. An answer given before the referral was cancelled still meets the response
 * clock; an unanswered referral cancelled after its due is MISSED, since the provider let it lapse; an answer
 * recorded after the cancellation counts for nothing.
 */
final class ReferralClocks {

    private ReferralClocks() {
    }

    static ClockResult response(EpisodeAt episode, Referral referral, ComplianceSettings settings) {
        String id = referral.referralId();
        if (!episode.isLive() || !episode.happened(referral.placedAt())) {
            return ClockResult.notApplicable(REFERRAL_RESPONSE, id);
        }
        Instant due = referral.placedAt().plus(settings.referralResponseWindow());
        Instant cancelledAt = referral.cancelledAt() != null && episode.happened(referral.cancelledAt())
                ? referral.cancelledAt() : null;
        Instant answeredAt = referral.answer() == null ? null : referral.answer().answeredAt();
        if (answeredAt != null
                && (!episode.happened(answeredAt) || cancelledAt != null && answeredAt.isAfter(cancelledAt))) {
            answeredAt = null;
        }
        if (answeredAt == null && cancelledAt != null && !cancelledAt.isAfter(due)) {
            return ClockResult.notApplicable(REFERRAL_RESPONSE, id);
        }
        return StatusTable.resultOf(REFERRAL_RESPONSE, id, due, answeredAt, cancelledAt, cancelledAt != null,
                episode.asOf());
    }

    static ClockResult postAcuteChoice(EpisodeAt episode, Referral referral) {
        String id = referral.referralId();
        if (!episode.isLive() || !referral.isPostAcute() || !episode.happened(referral.placedAt())) {
            return ClockResult.notApplicable(POST_ACUTE_CHOICE, id);
        }
        Instant placedAt = referral.placedAt();
        Instant metAt = episode.choiceLists().stream().filter(at -> !at.isAfter(placedAt)).findFirst().orElse(null);
        return StatusTable.resultOf(POST_ACUTE_CHOICE, id, placedAt, metAt, placedAt, true, episode.asOf());
    }
}
