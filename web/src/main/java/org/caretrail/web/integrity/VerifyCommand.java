package org.caretrail.web.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.caretrail.infra.integrity.ChainVerifier;
import org.caretrail.infra.integrity.Checkpoint;
import org.caretrail.infra.integrity.LogReport;
import org.caretrail.infra.integrity.LogVerifiers;
import org.caretrail.infra.integrity.VerificationReport;
import org.caretrail.web.config.MongoConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar caretrail-web.jar verify}: verifies the configured event store and the hash-chained logs (one line
 * each) and exits 0 when all are intact,
 * 1 when it is broken, 2 when it could not be checked. Starts MongoDB access only: no web server, no Axon, no
 * event processors.
 */
public final class VerifyCommand {

    static final int OK = 0;
    static final int BROKEN = 1;
    static final int FAILED = 2;
    private static final String CHECKPOINT = "--checkpoint=";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private VerifyCommand() {
    }

    /** Whether the arguments ask for the check: {@code verify} first, or {@code --caretrail.verify=true}. */
    public static boolean requested(String[] args) {
        return args.length > 0 && "verify".equals(args[0]) || Arrays.asList(args).contains("--caretrail.verify=true");
    }

    /** Runs the check and returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = context(args)) {
            VerificationReport report = context.getBean(ChainVerifier.class).verify(exported(args));
            List<LogReport> logs = context.getBean(LogVerifiers.class).verify();
            out.println(describe(report));
            logs.forEach(log -> out.println(describe(log)));
            return report.ok() && logs.stream().allMatch(LogReport::ok) ? OK : BROKEN;
        } catch (RuntimeException e) {
            out.println("CareTrail event store verification could not run: " + reason(e, args));
            return FAILED;
        }
    }

    /** The checkpoint of {@code --checkpoint=FILE} (one exported by {@code GET /api/v1/audit/checkpoints}), if named. */
    static Checkpoint exported(String[] args) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(CHECKPOINT)).findFirst()
                .map(arg -> Path.of(arg.substring(CHECKPOINT.length())))
                .map(file -> {
                    try {
                        JsonNode json = JSON.readTree(file.toFile());
                        // the file may hold the export as it was answered: a list, whose last is the newest
                        JsonNode one = json.isArray() ? json.get(json.size() - 1) : json;
                        return JSON.treeToValue(one, CheckpointRecord.class).toCheckpoint();
                    } catch (IOException | RuntimeException e) {
                        throw new IllegalArgumentException("the checkpoint file " + file + " cannot be read as an "
                                + "exported checkpoint: " + e.getMessage(), e);
                    }
                }).orElse(null);
    }

    /** Why the check could not run, in words a user can act on; the embedded database's lock is the usual reason. */
    private static String reason(RuntimeException failure, String[] args) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("locked") || message.contains("Locked")) {
                return "the embedded database is in use, most likely by a running CareTrail. Stop it and run "
                        + "verify again, or ask the running application: GET /api/v1/audit/verify (COMPLIANCE role).";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static ConfigurableApplicationContext context(String[] args) {
        String[] settings = Arrays.stream(args).filter(arg -> arg.startsWith("--") && !arg.startsWith(CHECKPOINT))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(VerifyContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        // a failure is reported in one line by run(), not as Spring's start-up stack trace
                        "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.boot.diagnostics=OFF")
                .run(settings);
    }

    private static String describe(VerificationReport report) {
        if (report.ok()) {
            return "CareTrail event store verification: OK, " + report.checkedEvents() + " events checked";
        }
        return "CareTrail event store verification: BROKEN at position " + report.firstBrokenPosition() + " ("
                + report.checkedEvents() + " events checked): " + report.reason();
    }

    private static String describe(LogReport log) {
        if (log.ok()) {
            return "CareTrail " + log.log() + " verification: OK, " + log.checkedEntries() + " entries checked"
                    + (log.absentSequences() == 0 ? "" : ", " + log.absentSequences() + " absent sequences (failed "
                    + "writes)");
        }
        return "CareTrail " + log.log() + " verification: BROKEN at sequence " + log.firstBrokenSequence() + " ("
                + log.checkedEntries() + " entries checked): " + log.reason();
    }

    // Deliberately no @Configuration, so that the web application's component scan leaves it out.
    @Import({MongoConfiguration.class, IntegrityConfiguration.class})
    static class VerifyContext {
    }
}
