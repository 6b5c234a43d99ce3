package org.caretrail.web.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.caretrail.infra.integrity.CheckpointSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the checkpoint key comes from: the configured secret, or an owner-only key file made once. */
final class CheckpointKey {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);

    private CheckpointKey() {
    }

    static CheckpointSeal seal(IntegrityProperties properties) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return new CheckpointSeal(Base64.getDecoder().decode(properties.key().trim()));
        }
        Path file = properties.keyFile();
        try {
            if (!Files.exists(file)) {
                create(file);
                log.info("CareTrail: made a checkpoint signing key in {} (owner-only). Keep a copy outside this "
                        + "host: without it, checkpoints cannot be verified.", file.toAbsolutePath());
            }
            return new CheckpointSeal(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII)
                    .trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the checkpoint key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
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
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path partial = directory.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (posix) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        Files.writeString(partial, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
