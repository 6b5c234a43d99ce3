package org.caretrail.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP Basic users: those configured, or, when none are, one user per role with a random
 * password, written once to an owner-only file and read from it on every later start. The log
 * says where the file is, never what it holds. CareTrail never ships a fixed default password.
 */
final class EmbeddedUsers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedUsers.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedUsers() {
    }

    static CareTrailUsers from(List<String> entries, Path generatedFile) {
        List<ConfiguredUser> users = entries.stream().filter(entry -> !entry.isBlank())
                .map(ConfiguredUser::parse).toList();
        if (users.isEmpty()) {
            users = generatedUsers(generatedFile);
        }
        // A plain UserDetailsService, not a manager: Spring upgrades the stored password of a
        // UserDetailsPasswordService to bcrypt after the first sign-in, which then costs a bcrypt
        // check (tens of milliseconds) on every Basic request, {noop} users included.
        return new CareTrailUsers(users);
    }

    private static List<ConfiguredUser> generatedUsers(Path file) {
        try {
            if (!Files.exists(file)) {
                write(file, generateOnePerRole());
                // INFO, not WARN: a first start is normal; the start-up summary names the file again
                log.info("CareTrail: no users configured (caretrail.security.users). Generated one HTTP Basic user "
                        + "per role; their passwords are in {} (readable by this account only). Configure users or "
                        + "an OAuth2 issuer before real use.", file.toAbsolutePath());
            } else {
                log.info("CareTrail: no users configured (caretrail.security.users); the generated users of {} sign "
                        + "in.", file.toAbsolutePath());
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(ConfiguredUser::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the generated users in " + file, e);
        }
    }

    private static void write(Path file, List<ConfiguredUser> users) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(directory)) {
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
        }
        StringBuilder text = new StringBuilder("# CareTrail's generated users, one per role: name:{noop}password:ROLE\n");
        users.forEach(user -> text.append(user.name()).append(':').append(user.encodedPassword()).append(':')
                .append(user.roles().get(0)).append('\n'));
        // written under another name and moved, so a crash never leaves half a file that a restart would trust
        Path partial = directory.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (posix) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<ConfiguredUser> generateOnePerRole() {
        // {noop}: the file holds the passwords anyway, and a bcrypt check on every Basic request is slow
        return Arrays.stream(Role.values())
                .map(role -> new ConfiguredUser(role.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "{noop}" + randomPassword(), List.of(role)))
                .toList();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
