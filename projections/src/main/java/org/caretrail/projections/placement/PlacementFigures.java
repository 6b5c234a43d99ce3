package org.caretrail.projections.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caretrail.domain.placement.api.ReferralFigures;

/**
 * Referral figures per service type and provider at asOf: placed, accepted, declined, cancelled, still waiting; the
 * acceptance rate; the median and 90th percentile (nearest rank) of hours from placement to the answer, over the
 * answered referrals only, so waiting ones never pull the median down.
 */
public final class PlacementFigures {

    private PlacementFigures() {
    }

    /** @param referrals referrals already chosen by facility and placement date; those placed after asOf are left out */
    public static List<ReferralFigures> of(Collection<ReferralCourse> referrals, Instant asOf) {
        Map<String, List<ReferralCourse>> groups = new TreeMap<>();
        referrals.stream().filter(referral -> !referral.placedAt().isAfter(asOf))
                .forEach(referral -> groups.computeIfAbsent(referral.serviceType() + "\u0000" + referral.providerId(),
                        key -> new ArrayList<>()).add(referral));
        return groups.values().stream().map(group -> figures(group, asOf)).toList();
    }

    private static ReferralFigures figures(List<ReferralCourse> group, Instant asOf) {
        long accepted = 0;
        long declined = 0;
        long cancelled = 0;
        List<Double> hours = new ArrayList<>();
        for (ReferralCourse referral : group) {
            boolean answered = referral.answeredAt() != null && !referral.answeredAt().isAfter(asOf);
            if (answered) {
                accepted += referral.accepted() ? 1 : 0;
                declined += referral.accepted() ? 0 : 1;
                hours.add(Duration.between(referral.placedAt(), referral.answeredAt()).toSeconds() / 3600.0);
            } else if (referral.cancelledAt() != null && !referral.cancelledAt().isAfter(asOf)) {
                cancelled++;
            }
        }
        long placed = group.size();
        long waiting = placed - accepted - declined - cancelled;
        hours.sort(Comparator.naturalOrder());
        ReferralCourse first = group.get(0);
        return new ReferralFigures(first.serviceType(), first.providerId(), placed, accepted, declined, cancelled,
                waiting, accepted + declined == 0 ? null : (double) accepted / (accepted + declined),
                percentile(hours, 50), percentile(hours, 90));
    }

    /** The nearest-rank percentile, to two decimals; null without values. */
    static Double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        double value = sorted.get(Math.max(rank, 1) - 1);
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
