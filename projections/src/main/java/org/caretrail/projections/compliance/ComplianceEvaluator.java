package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.projections.facility.FacilityCalendar;

/** Judges every compliance clock of docs/MEASURES.md for one episode as the world stood at an asOf. */
public final class ComplianceEvaluator {

    private ComplianceEvaluator() {
    }

    /**
     * Every clock of the episode, NOT_APPLICABLE ones included: the four episode clocks, OBSERVATION_48H for each
     * observation period (once NOT_APPLICABLE without one), then REFERRAL_RESPONSE and POST_ACUTE_CHOICE for each
     * referral in the order placed.
     */
    public static List<ClockResult> evaluate(ClockFacts facts, FacilityCalendar calendar,
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
        results.addAll(ObservationClocks.evaluate(episode));
        for (Referral referral : episode.referrals()) {
            results.add(ReferralClocks.response(episode, referral, settings));
            results.add(ReferralClocks.postAcuteChoice(episode, referral));
        }
        return List.copyOf(results);
    }

    /** The same judgement wrapped with the episode's identity, as a read model stores it. */
    public static EpisodeClocks evaluateEpisode(ClockFacts facts, FacilityCalendar calendar,
                                                ComplianceSettings settings, Instant asOf) {
        return new EpisodeClocks(facts.episodeId(), facts.patientId(), facts.facilityId(), asOf,
                evaluate(facts, calendar, settings, asOf));
    }

    /**
     * The earliest fact of the episode that occurred after asOf (recorded ahead of its clinical time): a judgement
     * stored at asOf is only valid with time alone until then, and must be evaluated again at that instant.
     */
    public static Optional<Instant> nextFactAfter(ClockFacts facts, Instant asOf) {
        return factInstants(facts).stream().filter(instant -> instant.isAfter(asOf)).findFirst();
    }

    /** The latest clinical time of the episode's facts: a judgement there holds with time alone for any later asOf. */
    public static Instant latestFact(ClockFacts facts) {
        List<Instant> instants = factInstants(facts);
        return instants.get(instants.size() - 1);
    }

    /**
     * Every distinct clinical time of the episode's facts, earliest first: between two of them (and after the
     * last) the clocks change with time alone, so judging at each of them describes the clocks at every asOf.
     */
    public static List<Instant> factInstants(ClockFacts facts) {
        Stream<Instant> referralFacts = facts.referrals().stream().flatMap(referral -> Stream.of(
                referral.placedAt(), referral.cancelledAt(),
                referral.answer() == null ? null : referral.answer().answeredAt()));
        Stream<Instant> episodeFacts = Stream.of(
                Stream.of(facts.admittedAt(), facts.discharge() == null ? null : facts.discharge().dischargedAt()),
                facts.classHistory().stream().map(ClassSlice::from),
                facts.notices().stream().map(Notice::deliveredAt),
                facts.contacts().stream().map(FollowUpContact::contactedAt),
                facts.choiceListsDocumentedAt().stream()).flatMap(instants -> instants);
        return Stream.concat(episodeFacts, referralFacts)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}
