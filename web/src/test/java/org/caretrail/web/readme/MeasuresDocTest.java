package org.caretrail.web.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.junit.jupiter.api.Test;

/** docs/MEASURES.md describes exactly the clocks, statuses and measures the code knows. */
class MeasuresDocTest {

    @Test
    void theClockTableListsEveryClockOfTheCodeAndNoOther() throws IOException {
        assertThat(tableNames("## Compliance clocks", "| clock |")).containsExactlyElementsOf(names(ComplianceClock.values()));
    }

    @Test
    void theStatusTableListsEveryStatusOfTheCode() throws IOException {
        assertThat(tableNames("## Compliance clocks", "| status |")).containsExactlyElementsOf(names(ClockStatus.values()));
    }

    @Test
    void theMeasureTableListsEveryReadmissionMeasure() throws IOException {
        assertThat(tableNames("## Readmissions", "| measure |"))
                .containsExactlyElementsOf(names(ReadmissionMeasure.values()));
    }

    /** The first-column names of the table that starts with {@code header} in the section {@code section}. */
    private static Set<String> tableNames(String section, String header) throws IOException {
        String doc = Files.readString(Readme.root().resolve("docs/MEASURES.md"), StandardCharsets.UTF_8);
        String text = doc.substring(doc.indexOf(section));
        text = text.substring(text.indexOf(header));
        String table = text.substring(0, text.indexOf("\n\n"));
        Set<String> names = new LinkedHashSet<>();
        Matcher row = Pattern.compile("^\\| `([A-Z_0-9]+)` \\|", Pattern.MULTILINE).matcher(table);
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
