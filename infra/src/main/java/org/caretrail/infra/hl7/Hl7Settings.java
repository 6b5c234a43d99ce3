package org.caretrail.infra.hl7;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How CareTrail reads HL7: the sender profiles, the profile of senders none of them names, and how long
 * the text of a message that needs no more work (applied, duplicate, ignored) is kept before only its
 * outcome and content hash remain, since it holds PHI.
 */
public record Hl7Settings(List<SenderProfile> profiles, SenderProfile fallback, Duration rawRetention) {

    public static final Duration DEFAULT_RAW_RETENTION = Duration.ofDays(90);

    public Hl7Settings {
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(fallback, "fallback");
        rawRetention = rawRetention == null ? DEFAULT_RAW_RETENTION : rawRetention;
        if (rawRetention.isNegative()) {
            throw new IllegalArgumentException("raw retention may not be negative: " + rawRetention);
        }
    }

    /** One profile for every sender. */
    public static Hl7Settings of(SenderProfile profile) {
        return new Hl7Settings(List.of(), profile, null);
    }

    /** The default profile for every sender. */
    public static Hl7Settings defaults() {
        return of(SenderProfile.defaults());
    }

    /** The profile naming most of this header's MSH-3 and MSH-4, the first configured on a tie, else the fallback. */
    SenderProfile profileFor(MessageHeader header) {
        return profiles.stream().filter(p -> p.specificity(header) >= 0)
                .max(Comparator.comparingInt((SenderProfile p) -> p.specificity(header))
                        .thenComparing(p -> -profiles.indexOf(p)))
                .orElse(fallback);
    }
}
