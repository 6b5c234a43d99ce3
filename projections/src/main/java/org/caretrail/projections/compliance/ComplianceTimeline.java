package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.projections.facility.FacilityCalendar;

/**
 * The clocks of one episode over every asOf at once. The facts only change the clocks at their own clinical
 * times, and in between a judged clock moves with time alone ({@link ClockResult#changes()}); so judging the
 * episode at each fact's time yields, per clock, the stretches of asOf over which it needs someone's action.
 */
public final class ComplianceTimeline {

    private ComplianceTimeline() {
    }

    /** Every stretch of asOf in which a clock is OPEN or OVERDUE, in order of start; none for a cancelled episode. */
    public static List<ActionableSpan> actionableSpans(ClockFacts facts, FacilityCalendar calendar,
                                                       ComplianceSettings settings) {
        List<Instant> instants = ComplianceEvaluator.factInstants(facts);
        List<ActionableSpan> spans = new ArrayList<>();
        for (int i = 0; i < instants.size(); i++) {
            Instant judgedAt = instants.get(i);
            Instant nextFact = i + 1 < instants.size() ? instants.get(i + 1) : null;
            for (ClockResult result : ComplianceEvaluator.evaluate(facts, calendar, settings, judgedAt)) {
                if (result.status().isActionable()) {
                    add(spans, new ActionableSpan(result.clock(), result.referralId(), judgedAt,
                            earliest(nextFact, actionableUntil(result)), result));
                }
            }
        }
        return List.copyOf(spans);
    }

    /** The exclusive end of the result's actionable time with no new fact: just after its window closes. */
    private static Instant actionableUntil(ClockResult result) {
        return result.windowClosesAt() == null ? null : result.windowClosesAt().plusNanos(1);
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** Joins a span onto the same clock's previous one when a fact in between changed nothing about it. */
    private static void add(List<ActionableSpan> spans, ActionableSpan span) {
        for (int i = spans.size() - 1; i >= 0; i--) {
            ActionableSpan previous = spans.get(i);
            if (previous.clock() == span.clock() && Objects.equals(previous.referralId(), span.referralId())
                    && Objects.equals(previous.judged().periodStart(), span.judged().periodStart())) {
                if (continues(previous, span)) {
                    spans.set(i, new ActionableSpan(previous.clock(), previous.referralId(), previous.from(),
                            span.until(), previous.judged()));
                    return;
                }
                break;
            }
        }
        spans.add(span);
    }

    private static boolean continues(ActionableSpan previous, ActionableSpan next) {
        ClockResult before = previous.judged();
        ClockResult after = next.judged();
        return next.from().equals(previous.until())
                && before.statusAt(next.from()) == after.status()
                && Objects.equals(before.due(), after.due())
                && Objects.equals(before.metAt(), after.metAt())
                && Objects.equals(before.windowClosesAt(), after.windowClosesAt());
    }
}
