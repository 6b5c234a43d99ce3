package org.caretrail.web.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

/** docs/API.md's table of operations and the served OpenAPI description list the same operations. */
@ApiTest
class ApiDocsMatchApiTest {

    @Test
    void theDocumentedOperationsAreExactlyTheServedOnes(Api api) throws IOException {
        Set<String> served = new TreeSet<>();
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (path.getKey().startsWith("/api/")) {
                served.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));

        String doc = Files.readString(Readme.root().resolve("docs/API.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("^\\| (GET|POST|PUT|DELETE|PATCH) \\| `([^`]+)` \\|", Pattern.MULTILINE)
                .matcher(doc);
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }

        assertThat(documented).as("docs/API.md against /v3/api-docs").isEqualTo(served);
    }
}
