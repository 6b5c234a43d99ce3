package org.caretrail.web.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code knownAt} parameter of the patient- and episode-level reads: an instant of recorded time, up to which
 * the answer is computed from the event store. What is recorded after now is not known yet, so a knownAt more than
 * {@code caretrail.validation.future-tolerance} ahead of CareTrail's clock is refused, as a clinical time is.
 */
@Component
public class KnownAt {

    public static final String PARAMETER = "knownAt";

    private final Clock clock;
    private final Duration tolerance;

    /** @param tolerance the setting clinical times are checked with (read here by name: problem depends on query) */
    public KnownAt(Clock clock, @Value("${caretrail.validation.future-tolerance:PT5M}") Duration tolerance) {
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /** The knownAt, checked: an {@link InvalidCommandException} (400 naming the parameter) if in the future. */
    public Instant checked(Instant knownAt) {
        Instant latest = clock.instant().plus(tolerance);
        if (knownAt.isAfter(latest)) {
            throw new InvalidCommandException(PARAMETER, "must not be later than " + latest + " (CareTrail's clock"
                    + " plus the " + tolerance + " tolerance): what is recorded after now is not known yet");
        }
        return knownAt;
    }

    /** The 404 detail of a read about something of which nothing was recorded by knownAt. */
    public static String notYetRecorded(String what, Instant knownAt) {
        return what + " was not yet recorded at knownAt " + knownAt + ".";
    }
}
