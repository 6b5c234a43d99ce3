package org.caretrail.web.hl7;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.caretrail.infra.hl7.Hl7Caller;
import org.caretrail.infra.hl7.Hl7FileImport;
import org.caretrail.infra.hl7.Hl7Inbox;
import org.caretrail.infra.hl7.Hl7Outcome;
import org.caretrail.web.CareTrailApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar caretrail-web.jar import-hl7 FILE... [--setting=value...]}: imports files of HL7 ADT
 * history through the same inbox as the MLLP listener, with a progress bar, and sums up what became of the
 * messages. Exits 0 when none was rejected, 1 when some were (they are kept for review), 2 when the import
 * could not run. Runs CareTrail on its data directory (stop the application first), without the MLLP listener.
 */
public final class Hl7ImportCommand {

    /** The integration identity the imported messages' events record as actor. */
    public static final String IDENTITY = "hl7-import";
    static final int OK = 0;
    static final int SOME_REJECTED = 1;
    static final int FAILED = 2;
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

    private Hl7ImportCommand() {
    }

    public static boolean requested(String[] args) {
        return args.length > 0 && "import-hl7".equals(args[0]);
    }

    /** Runs the import and returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        List<Path> files = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).map(Path::of).toList();
        String[] settings = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        if (files.isEmpty()) {
            out.println("Usage: java -jar caretrail-web.jar import-hl7 FILE... [--caretrail.data-dir=...]");
            return FAILED;
        }
        List<Hl7FileImport.Message> messages;
        try {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    out.println("No such file: " + file);
                    return FAILED;
                }
            }
            messages = Hl7FileImport.read(files);
        } catch (IOException e) {
            out.println("Cannot read the files: " + e.getMessage());
            return FAILED;
        }
        out.println("Importing " + messages.size() + " HL7 messages from " + files.size() + " file(s)");
        try (ConfigurableApplicationContext context = context(settings)) {
            Hl7FileImport.Summary summary = new Hl7FileImport(context.getBean(Hl7Inbox.class),
                    Hl7Caller.integration(IDENTITY)).run(messages, new ConsoleProgress(out, System.console() != null),
                    () -> settle(context.getBean(org.axonframework.config.Configuration.class)));
            print(summary, out);
            return summary.rejected().isEmpty() ? OK : SOME_REJECTED;
        } catch (RuntimeException e) {
            out.println("The import could not run: " + rootMessage(e)
                    + " (is CareTrail running on the same data directory? Stop it first.)");
            return FAILED;
        }
    }

    static ConfigurableApplicationContext context(String[] settings) {
        return new SpringApplicationBuilder(CareTrailApplication.class)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "server.port=0",
                        "caretrail.hl7.enabled=false")
                .run(settings);
    }

    static void print(Hl7FileImport.Summary summary, PrintStream out) {
        out.println("Imported " + summary.total() + " messages: "
                + summary.count(Hl7Outcome.APPLIED) + " applied, "
                + summary.count(Hl7Outcome.DUPLICATE) + " duplicate, "
                + summary.count(Hl7Outcome.PARKED) + " parked, "
                + (summary.count(Hl7Outcome.REJECTED) + summary.count(Hl7Outcome.ERROR)) + " rejected, "
                + summary.count(Hl7Outcome.IGNORED) + " ignored");
        if (summary.count(Hl7Outcome.PARKED) > 0) {
            out.println("Parked messages wait for their visit's admission and are applied when it arrives.");
        }
        if (!summary.rejected().isEmpty()) {
            out.println("Rejected messages are kept with their reasons; an ADMIN sees them at "
                    + "GET /api/v1/admin/hl7/messages?outcome=REJECTED and can re-run one after fixing its cause:");
            summary.rejected().stream().limit(20).forEach(line -> out.println("  " + line));
            if (summary.rejected().size() > 20) {
                out.println("  ... and " + (summary.rejected().size() - 20) + " more");
            }
        }
    }

    /** Waits until the release of parked messages has seen every event, so out-of-order files are applied. */
    private static void settle(org.axonframework.config.Configuration axon) {
        TrackingToken head = axon.eventStore().createHeadToken();
        StreamingEventProcessor release = axon.eventProcessingConfiguration()
                .eventProcessor(Hl7Configuration.RELEASE_GROUP, StreamingEventProcessor.class).orElseThrow();
        Instant giveUp = Instant.now().plus(SETTLE_TIMEOUT);
        while (head != null && Instant.now().isBefore(giveUp)) {
            var statuses = release.processingStatus().values();
            if (!statuses.isEmpty() && statuses.stream().allMatch(status -> status.getTrackingToken() != null
                    && status.getTrackingToken().covers(head))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
