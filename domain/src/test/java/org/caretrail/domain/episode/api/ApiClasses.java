package org.caretrail.domain.episode.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The top-level classes compiled into the api package, found on disk so none is forgotten. */
final class ApiClasses {

    private ApiClasses() {
    }

    static List<Class<?>> endingWith(String suffix) {
        return all().stream().filter(type -> type.getSimpleName().endsWith(suffix)).toList();
    }

    /** The event records, without the {@link EpisodeEvent} interface they share. */
    static List<Class<?>> events() {
        return endingWith("Event").stream().filter(type -> !type.isInterface()).toList();
    }

    static List<Class<?>> all() {
        try (Stream<Path> files = Files.list(packageDirectory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .filter(name -> !name.equals("package-info.class"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path packageDirectory() {
        try {
            // the main classes, not the test classes that share the package name
            return Path.of(PatientAdmittedEvent.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI()).resolve(ApiClasses.class.getPackageName().replace('.', '/'));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(ApiClasses.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
