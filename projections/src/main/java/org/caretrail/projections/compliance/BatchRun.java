package org.caretrail.projections.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caretrail.domain.episode.api.EpisodeEvent;

/**
 * One episode's clock events of one processor batch, judged once, ahead, after the last of them (decision 0025):
 * judging at every event is what a rebuild of compliance spends most on, and only the last judgement is kept (each
 * replaces the episode's judgement whole). A run is made only when every event's change and the final judgement
 * succeed, so none of its events can fail when it is handed over; when any fails, the episode's events of the batch
 * are judged one by one, as before, and the poison event fails alone, to be dead-lettered alone.
 */
final class BatchRun {

    /** A clock event of the batch, with its sequence in its episode. */
    record ClockEvent(long sequence, EpisodeEvent event) {
    }

    /** An episode as judged after an event, and its actionable spans. */
    record Judged(StoredEpisode episode, List<ActionableSpan> spans) {
    }

    /** Judges an episode's facts as they are after the event with this sequence. */
    @FunctionalInterface
    interface Judge {
        Judged judge(long sequence, ClockFacts facts);
    }

    private final List<ClockEvent> events;
    private final List<ClockFacts> factsAfter;
    private final Judged last;
    private final Judge judge;
    private int handled;

    private BatchRun(List<ClockEvent> events, List<ClockFacts> factsAfter, Judged last, Judge judge) {
        this.events = events;
        this.factsAfter = factsAfter;
        this.last = last;
        this.judge = judge;
    }

    /** The run of these events from these facts, or empty when a change or the judgement after the last fails. */
    static Optional<BatchRun> judge(ClockFacts start, List<ClockEvent> events, Judge judge) {
        List<ClockFacts> factsAfter = new ArrayList<>(events.size());
        ClockFacts facts = start;
        try {
            for (ClockEvent event : events) {
                facts = ClockFactsChanges.apply(facts, event.event());
                if (facts == null) {
                    return Optional.empty();
                }
                factsAfter.add(facts);
            }
            Judged last = judge.judge(events.get(events.size() - 1).sequence(), facts);
            return Optional.of(new BatchRun(List.copyOf(events), factsAfter, last, judge));
        } catch (RuntimeException e) {
            // judged again event by event, where the event that fails is dead-lettered alone
            return Optional.empty();
        }
    }

    /** Whether the event with this sequence is the next of the run. */
    boolean expects(long sequence) {
        return handled < events.size() && events.get(handled).sequence() == sequence;
    }

    /** Takes the next event as handled; the judgement once it is the last. */
    Optional<Judged> handled() {
        handled++;
        return handled == events.size() ? Optional.of(last) : Optional.empty();
    }

    /** The sequence of the last event handled, -1 when none was. */
    long handledUpTo() {
        return handled == 0 ? -1 : events.get(handled - 1).sequence();
    }

    /** The facts after the last event handled; only when one was. */
    ClockFacts factsHandled() {
        return factsAfter.get(handled - 1);
    }

    /**
     * The judgement of the events handled so far, when the run was cut short (some but not all handled): the
     * processor handed over its events in the batch's order, so this is not expected to happen.
     */
    Optional<Judged> cutShort() {
        if (handled == 0 || handled == events.size()) {
            return Optional.empty();
        }
        return Optional.of(judge.judge(handledUpTo(), factsHandled()));
    }
}
