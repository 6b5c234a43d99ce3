package org.caretrail.web.readme;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's README and docs are, whichever module directory the tests run in. */
final class Readme {

    private Readme() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path path() {
        return root().resolve("README.md");
    }
}
