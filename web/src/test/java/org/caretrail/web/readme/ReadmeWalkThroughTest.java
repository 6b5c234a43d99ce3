package org.caretrail.web.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caretrail.web.testing.ChildApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's curl walk-through, run exactly as written (only the port and the two passwords put in) by bash
 * against a started CareTrail, answers what the README says it answers.
 */
class ReadmeWalkThroughTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    @Test
    void theWalkThroughAnswersWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(Readme.path(), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Try it with curl"));
        String script = fenced(section, "sh");
        JsonNode shownEpisode = JSON.readTree(fenced(section, "json"));
        Map<String, String> shownClocks = clockTable(section);

        try (ChildApp app = ChildApp.start(workDir, "readme",
                "--caretrail.security.users[1]=case-manager:{noop}cm-secret:CASE_MANAGER",
                "--caretrail.security.users[2]=compliance:{noop}co-secret:COMPLIANCE")) {
            String pasted = script.replace("case-manager:PASSWORD", "case-manager:cm-secret")
                    .replace("compliance:PASSWORD", "compliance:co-secret")
                    .replace("localhost:8080", "localhost:" + app.api().url("").replaceAll(".*:", ""));
            List<String> answers = bash(pasted);

            assertThat(answers).as(String.join("\n", answers)).hasSize(11);
            for (String answer : answers.subList(0, 8)) {
                assertThat(JSON.readTree(answer).get("episodeId").asText()).as(answer).isEqualTo("E-1");
            }
            assertThat(JSON.readTree(answers.get(8))).isEqualTo(shownEpisode);
            Map<String, String> clocks = new LinkedHashMap<>();
            JSON.readTree(answers.get(9)).get("clocks")
                    .forEach(clock -> clocks.put(clock.get("clock").asText(), clock.get("status").asText()));
            assertThat(clocks).isEqualTo(shownClocks);
            assertThat(JSON.readTree(answers.get(10)).get("entries")).hasSize(8);
            assertThat(section).contains("all eight events");
        }
    }

    private List<String> bash(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", script).directory(workDir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    private static String fenced(String text, String language) {
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertThat(block.find()).as("a ```%s block in the README's walk-through", language).isTrue();
        return block.group(1);
    }

    /** The README's table of the sample episode's clocks: clock name to status. */
    private static Map<String, String> clockTable(String text) {
        Map<String, String> clocks = new LinkedHashMap<>();
        Matcher row = Pattern.compile("^\\| `([A-Z_0-9]+)` \\| `([A-Z_]+)` \\|", Pattern.MULTILINE).matcher(text);
        while (row.find() && clocks.size() < 6) {
            clocks.put(row.group(1), row.group(2));
        }
        return clocks;
    }
}
