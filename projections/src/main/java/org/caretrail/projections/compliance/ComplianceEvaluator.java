package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Judges every compliance clock of MEASURES.md for one episode as the world stood at an asOf. */
public final class ComplianceEvaluator {

    private ComplianceEvaluator() {
    }

    /**
     * Every clock of the episode, NOT_APPLICABLE ones included: the four episode clocks, then REFERRAL_RESPONSE
     * and POST_ACUTE_CHOICE for each referral in the order placed.
     */
    public static List<ClockResult> evaluate(EpisodeFacts facts, FacilityCalendar calendar,
                                             ComplianceSettings settings, Instant asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(asOf, "asOf");
        EpisodeAt episode = new EpisodeAt(facts, calendar, asOf);
        List<ClockResult> results = new ArrayList<>();
        results.add(ImmClocks.initial(episode));
        results.add(ImmClocks.followUp(episode));
        results.add(MoonClock.evaluate(episode));
        results.add(TcmContactClock.evaluate(episode));
        for (Referral referral : episode.referrals()) {
            results.add(ReferralClocks.response(episode, referral, settings));
            results.add(ReferralClocks.postAcuteChoice(episode, referral));
        }
        return List.copyOf(results);
    }

    /** The same judgement wrapped with the episode's identity, as a read model stores it. */
    public static EpisodeClocks evaluateEpisode(EpisodeFacts facts, FacilityCalendar calendar,
                                                ComplianceSettings settings, Instant asOf) {
        return new EpisodeClocks(facts.episodeId(), facts.patientId(), facts.facilityId(), asOf,
                evaluate(facts, calendar, settings, asOf));
    }
}
