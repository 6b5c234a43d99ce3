package org.caretrail.domain.episode.api;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A UB-04 patient discharge status code; build it with {@link #of(String)}, which validates.
 *
 * <p>The canonical constructor does not validate, so that the aggregate can still refuse a
 * code that reached it without passing through {@link #of(String)}.
 */
public record Disposition(String code) {

    private static final Set<String> VALID_CODES = Stream.concat(
                    Stream.of("01", "02", "03", "04", "05", "06", "07", "09", "20", "21", "30",
                            "40", "41", "42", "43", "50", "51", "61", "62", "63", "64", "65",
                            "66", "69", "70"),
                    IntStream.rangeClosed(81, 95).mapToObj(Integer::toString))
            .collect(Collectors.toUnmodifiableSet());

    public static Disposition of(String code) {
        if (!isValid(code)) {
            throw new InvalidCommandException("disposition",
                    "must be a UB-04 discharge status code, one of " + String.join(", ", codes()) + "; was " + code);
        }
        return new Disposition(code);
    }

    /** Every valid code, in order. */
    public static java.util.List<String> codes() {
        return VALID_CODES.stream().sorted().toList();
    }

    public static boolean isValid(String code) {
        return code != null && VALID_CODES.contains(code);
    }
}
