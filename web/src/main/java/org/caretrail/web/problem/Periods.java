package org.caretrail.web.problem;

import org.caretrail.domain.episode.api.InvalidCommandException;

/** The one rule every period parameter pair ({@code from}, {@code to}) follows: it may not end before it starts. */
public final class Periods {

    private Periods() {
    }

    /** Whether a period ends before it starts; a period open at either end (null) never does. */
    public static <T extends Comparable<? super T>> boolean backwards(T from, T to) {
        return from != null && to != null && to.compareTo(from) < 0;
    }

    /**
     * Refuses a period that ends before it starts: a 400 whose error names {@code to}.
     *
     * @throws InvalidCommandException when {@link #backwards} holds
     */
    public static <T extends Comparable<? super T>> void requireForwards(T from, T to) {
        if (backwards(from, to)) {
            throw new InvalidCommandException("to", "must not be before from (" + from + ")");
        }
    }
}
