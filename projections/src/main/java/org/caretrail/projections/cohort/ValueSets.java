package org.caretrail.projections.cohort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caretrail.domain.readmission.api.Cohort;

/**
 * The cohort value sets: per cohort, the code prefixes of each {@link CodeRole}, and the version the file declares
 * ({@code # version: ...}), which every cohort answer reports. CareTrail ships {@link #shipped()}; a hospital may
 * load its own file with {@link #load(Path)}.
 */
public final class ValueSets {

    private static final String SHIPPED = "cohort-value-sets.csv";
    private static final String HEADER = "cohort,role,code";
    private static final String VERSION = "# version:";

    private final String version;
    private final Map<Cohort, Map<CodeRole, List<String>>> prefixes;

    private ValueSets(String version, Map<Cohort, Map<CodeRole, List<String>>> prefixes) {
        this.version = version;
        this.prefixes = prefixes;
    }

    /** The value sets shipped with CareTrail. */
    public static ValueSets shipped() {
        try (InputStream in = ValueSets.class.getResourceAsStream(SHIPPED)) {
            return read(Objects.requireNonNull(in, SHIPPED + " is missing from the classpath"), SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hospital's own value sets, in the shipped file's format. */
    public static ValueSets load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cohort value sets " + file, e);
        }
    }

    static ValueSets read(InputStream in, String source) throws IOException {
        String version = null;
        boolean header = false;
        Map<Cohort, Map<CodeRole, List<String>>> prefixes = new EnumMap<>(Cohort.class);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith(VERSION)) {
                version = line.substring(VERSION.length()).strip();
            } else if (line.isBlank() || line.startsWith("#")) {
                continue;
            } else if (!header) {
                require(line.strip().equals(HEADER), source, number, "the header must be " + HEADER);
                header = true;
            } else {
                String[] cells = line.split(",", -1);
                require(cells.length == 3, source, number, "a row has three cells: " + HEADER);
                Cohort cohort = parse(Cohort.class, cells[0], source, number);
                CodeRole role = parse(CodeRole.class, cells[1], source, number);
                require(!cells[2].isBlank(), source, number, "the code is empty");
                prefixes.computeIfAbsent(cohort, c -> new EnumMap<>(CodeRole.class))
                        .computeIfAbsent(role, r -> new ArrayList<>()).add(CodePrefix.normalized(cells[2].strip()));
            }
        }
        require(version != null && !version.isEmpty(), source, number, "no '# version: ...' line");
        require(header, source, number, "no header " + HEADER);
        return new ValueSets(version, prefixes);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String cell, String source, int line) {
        try {
            return Enum.valueOf(type, cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " line " + line + ": unknown " + type.getSimpleName() + " '"
                    + cell + "'", e);
        }
    }

    private static void require(boolean condition, String source, int line, String message) {
        if (!condition) {
            throw new IllegalArgumentException(source + " line " + line + ": " + message);
        }
    }

    public String version() {
        return version;
    }

    List<String> prefixes(Cohort cohort, CodeRole role) {
        return prefixes.getOrDefault(cohort, Map.of()).getOrDefault(role, List.of());
    }
}
