package org.caretrail.web.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No code comment, README line or document points at a document the repository does not hold. */
class DocumentReferencesTest {

    private static final Pattern DOCUMENT = Pattern.compile("(?<![\\w./-])((?:[\\w.-]+/)*[A-Z][A-Z0-9_-]*\\.md)");

    @Test
    void everyMentionedDocumentExists() throws IOException {
        Path root = Readme.root();
        List<String> dangling = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(DocumentReferencesTest::isSource).forEach(file -> {
                Matcher mention = DOCUMENT.matcher(read(file));
                while (mention.find()) {
                    String name = mention.group(1);
                    boolean exists = Files.exists(file.getParent().resolve(name)) || Files.exists(root.resolve(name))
                            || Files.exists(root.resolve("docs").resolve(name));
                    if (!exists) {
                        dangling.add(root.relativize(file) + " mentions " + name);
                    }
                }
            });
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        try (Stream<Path> files = Files.walk(Readme.root())) {
            assertThat(files.filter(DocumentReferencesTest::isSource))
                    .noneMatch(file -> read(file).contains("../shared") || read(file).contains("/work/shared"));
        }
    }

    private static boolean isSource(Path file) {
        String path = file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        return Files.isRegularFile(path.contains("/target/") || path.contains("/.git/")
                || path.contains("/data/") || path.contains("/demo-data/") ? Path.of("/nonexistent") : file)
                && (name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".yml") || name.endsWith(".xml"))
                && !name.equals("DocumentReferencesTest.java");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
