package org.caretrail.projections.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.caretrail.projections.support.BoundedMemo;

/**
 * The Charlson comorbidity index over ICD-10 codes, from {@code charlson-quan-2005.csv} (its header names the
 * sources: Quan et al. 2005 for the codes, Charlson et al. 1987 for the weights). Each condition counts once; of a
 * mild and a severe form, or malignancy and metastasis, only the heavier counts.
 */
public final class CharlsonTable {

    private static final String RESOURCE = "charlson-quan-2005.csv";
    private static final String HEADER = "condition,weight,supersededBy,codes";

    /** Distinct code lists remembered (see {@link BoundedMemo}). */
    private static final int REMEMBERED_CODE_LISTS = 8_192;

    private final List<CharlsonCondition> conditions;
    // every judgement of a patient asks again about each of its stays' codes
    private final BoundedMemo<List<String>, List<String>> memo =
            new BoundedMemo<>(REMEMBERED_CODE_LISTS, this::conditionsIn);

    private CharlsonTable(List<CharlsonCondition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    /** The table CareTrail ships. */
    public static CharlsonTable shipped() {
        try (InputStream in = CharlsonTable.class.getResourceAsStream(RESOURCE)) {
            return read(Objects.requireNonNull(in, RESOURCE + " is missing from the classpath"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharlsonTable read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<CharlsonCondition> conditions = new ArrayList<>();
        boolean header = false;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + ": the header must be " + HEADER);
                }
                header = true;
                continue;
            }
            String[] cells = line.split(",", -1);
            List<String> prefixes = Arrays.stream(cells[3].strip().split(" ")).map(CharlsonTable::normalized).toList();
            conditions.add(new CharlsonCondition(cells[0], Integer.parseInt(cells[1]),
                    cells[2].isBlank() ? null : cells[2], prefixes));
        }
        return new CharlsonTable(conditions);
    }

    /** The conditions the codes show, heavier forms replacing lighter ones, in table order. */
    public List<String> conditionsOf(Collection<String> icd10Codes) {
        return memo.get(List.copyOf(icd10Codes));
    }

    private List<String> conditionsIn(List<String> icd10Codes) {
        List<String> codes = icd10Codes.stream().map(CharlsonTable::normalized).toList();
        Set<String> present = new LinkedHashSet<>();
        for (CharlsonCondition condition : conditions) {
            if (codes.stream().anyMatch(code -> matches(condition, code))) {
                present.add(condition.name());
            }
        }
        return conditions.stream()
                .filter(condition -> present.contains(condition.name()))
                .filter(condition -> condition.supersededBy() == null || !present.contains(condition.supersededBy()))
                .map(CharlsonCondition::name)
                .toList();
    }

    /** The summed weights of the conditions {@link #conditionsOf} returned. */
    public int index(List<String> conditionNames) {
        return conditions.stream().filter(c -> conditionNames.contains(c.name())).mapToInt(CharlsonCondition::weight)
                .sum();
    }

    private static boolean matches(CharlsonCondition condition, String normalizedCode) {
        return condition.prefixes().stream().anyMatch(normalizedCode::startsWith);
    }

    private static String normalized(String code) {
        return code.strip().replace(".", "").toUpperCase(Locale.ROOT);
    }
}
