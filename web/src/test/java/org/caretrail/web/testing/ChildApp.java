package org.caretrail.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.caretrail.web.CareTrailApplication;

/**
 * CareTrail in a child JVM, as it runs in production: started with {@code java -cp}, reached over
 * HTTP, and stoppable with a {@code kill -9}. The test classes are left off its class path, so that
 * no test configuration is scanned into it.
 */
public final class ChildApp implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application with the given arguments on a free HTTP port and waits until it is healthy. */
    public static ChildApp start(Path workDir, String name, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--logging.level.root=WARN", "--logging.level.org.caretrail=INFO"));
        all.addAll(Arrays.asList(arguments));
        return launch(workDir, name, all);
    }

    /** Starts the application with its own logging settings, as a user would, so that its log can be checked. */
    public static ChildApp startWithDefaultLogging(Path workDir, String name, String... arguments) {
        return launch(workDir, name, Arrays.asList(arguments));
    }

    /**
     * Starts the application as a new user does: its own logging settings and no users configured, so it generates
     * them. Only anonymous requests (health) work on it from the test's {@link Api}.
     */
    public static ChildApp startAsNewUser(Path workDir, String name) {
        return launch(workDir, name, List.of(), false);
    }

    private static ChildApp launch(Path workDir, String name, List<String> arguments) {
        return launch(workDir, name, arguments, true);
    }

    private static ChildApp launch(Path workDir, String name, List<String> arguments, boolean withTester) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", applicationClassPath(),
                CareTrailApplication.class.getName(),
                "--server.port=" + port,
                "--caretrail.hl7.mllp-port=0"));
        if (withTester) {
            // the same signed-in user as the test's own context, so Api clients work on both
            command.add("--caretrail.security.users[0]=" + Api.TESTER + ":{noop}" + Api.TESTER
                    + "-password:CASE_MANAGER,INTEGRATION,QUALITY,COMPLIANCE,ADMIN");
        }
        command.addAll(arguments);
        Path log = workDir.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            ChildApp app = new ChildApp(process, port, log);
            app.awaitHealthy();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api api() {
        return new Api(port);
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or released. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("child " + process.pid() + " survived a kill -9");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the child as an operator does (SIGTERM): it shuts down in order and releases its segment claims. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the child logged so far. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines the child logged, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        // health answers anyone; credentials here would count as failed sign-ins on a child with other users
        Api api = api().anonymous();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the child exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // still starting
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("the child was not healthy within " + STARTUP + ":\n" + logTail());
    }

    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
