package org.caretrail.web.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code demo} and {@code seed}; every other argument is left for Spring (a {@code --name=value}
 * setting of CareTrail).
 *
 * @param until end of the twelve months of history: the start of today (UTC) unless {@code --until=YYYY-MM-DD}
 */
record DemoOptions(long seed, int patients, Instant until, Map<String, String> own, List<String> rest) {

    private static final Set<String> KEYS = Set.of("seed", "patients", "until", "url", "user", "password", "mllp",
            "workers");

    static DemoOptions parse(String command, String[] args) {
        Map<String, String> own = new java.util.HashMap<>();
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(command)) {
                continue;
            }
            int equals = arg.indexOf('=');
            String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (key != null && KEYS.contains(key)) {
                own.put(key, arg.substring(equals + 1));
            } else {
                rest.add(arg);
            }
        }
        try {
            long seed = Long.parseLong(own.getOrDefault("seed", "1"));
            int patients = Integer.parseInt(own.getOrDefault("patients",
                    Integer.toString(PopulationGenerator.DEFAULT_PATIENTS)));
            Instant until = own.containsKey("until")
                    ? LocalDate.parse(own.get("until")).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (seed < 0 || patients < 1) {
                throw new IllegalArgumentException("--seed must be 0 or more and --patients 1 or more");
            }
            return new DemoOptions(seed, patients, until, Map.copyOf(own), List.copyOf(rest));
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("cannot read the options: " + e.getMessage(), e);
        }
    }

    String option(String key, String otherwise) {
        return own.getOrDefault(key, otherwise);
    }

    int workers() {
        return Integer.parseInt(option("workers", "4"));
    }

    PopulationGenerator generator() {
        return new PopulationGenerator(seed, patients, until);
    }
}
