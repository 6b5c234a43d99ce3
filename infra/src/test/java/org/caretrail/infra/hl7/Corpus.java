package org.caretrail.infra.hl7;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The test corpus under {@code hl7/corpus}: one folder per case, its messages and expectations. */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        try {
            return Path.of(Corpus.class.getResource("/hl7/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> caseNames() {
        try (Stream<Path> cases = Files.list(root())) {
            return cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's messages in file order, with CR segment ends as on the wire. */
    static List<String> messages(String caseName) {
        try (Stream<Path> files = Files.list(root().resolve(caseName))) {
            return files.filter(p -> p.toString().endsWith(".hl7")).sorted()
                    .map(Corpus::read).map(text -> text.replace("\n", "\r")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String message(String caseName, int index) {
        return messages(caseName).get(index);
    }

    static Properties expected(String caseName) {
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(root().resolve(caseName).resolve("expected.properties"))) {
            expected.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
