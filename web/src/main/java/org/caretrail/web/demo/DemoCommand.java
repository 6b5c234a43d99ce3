package org.caretrail.web.demo;

import com.mongodb.client.MongoDatabase;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.caretrail.infra.hl7.MllpServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code demo}: starts CareTrail on a data directory of its own ({@code ./demo-data}) and, on the first start,
 * fills it with a demo population through the MLLP listener and the command gateway. {@code seed}: sends a
 * population to a CareTrail that is already running, over HTTP (with credentials) and MLLP.
 */
public final class DemoCommand {

    private DemoCommand() {
    }

    /** Whether the first argument that is not a {@code --setting} is {@code demo} or {@code seed}. */
    public static boolean requested(String[] args) {
        String command = command(args);
        return "demo".equals(command) || "seed".equals(command);
    }

    private static String command(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst().orElse("");
    }

    /** Runs the command; returns the exit code for {@code seed}, or -1 when {@code demo} left CareTrail running. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        boolean demo = "demo".equals(command(args));
        DemoOptions options;
        try {
            options = DemoOptions.parse(demo ? "demo" : "seed", args);
        } catch (IllegalArgumentException e) {
            out.println("CareTrail " + (demo ? "demo" : "seed") + ": " + e.getMessage());
            return 2;
        }
        return demo ? startDemo(application, options, out) : seed(options, out);
    }

    private static int startDemo(Class<?> application, DemoOptions options, PrintStream out) {
        SpringApplication app = new SpringApplication(application);
        app.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addAfter("commandLineArgs", new MapPropertySource("demo", demoSettings())));
        ConfigurableApplicationContext context = app.run(options.rest().toArray(String[]::new));
        MongoDatabase database = context.getBean(MongoDatabase.class);
        if (database.getCollection("events").estimatedDocumentCount() > 0) {
            out.println("CareTrail demo: the demo data directory already holds a population; browsing it as it is.");
            return -1;
        }
        Population population = options.generator().generate();
        out.printf("CareTrail demo: %,d patients, %,d stays over the twelve months before %s (seed %d)%n",
                options.patients(), population.stays().size(), options.until(), options.seed());
        int mllpPort = context.getBeanProvider(MllpServer.class).getObject().port();
        CommandGateway gateway = context.getBean(CommandGateway.class);
        FeedSummary summary = new PopulationFeeder(() -> new GatewayChannel(gateway), "127.0.0.1", mllpPort,
                options.workers()).feed(population, new ProgressBar(out, "demo", population.stepCount()));
        out.println("CareTrail demo: " + summary.describe());
        out.println("CareTrail demo: ready to browse; the projections catch up within seconds.");
        return -1;
    }

    private static int seed(DemoOptions options, PrintStream out) {
        String url = options.option("url", "http://localhost:8080");
        String user = options.option("user", System.getenv().getOrDefault("CARETRAIL_USER", "integration"));
        String password = options.option("password", System.getenv("CARETRAIL_PASSWORD"));
        if (password == null) {
            out.println("CareTrail seed: give the password of a user with the INTEGRATION or CASE_MANAGER role "
                    + "(--password=... or CARETRAIL_PASSWORD)");
            return 2;
        }
        String[] mllp = options.option("mllp", "127.0.0.1:2575").split(":");
        Population population = options.generator().generate();
        out.printf("CareTrail seed: %,d patients, %,d stays over the twelve months before %s (seed %d) to %s%n",
                options.patients(), population.stays().size(), options.until(), options.seed(), url);
        try {
            new HttpChannel(url, user, password).checkCredentials();
            FeedSummary summary = new PopulationFeeder(() -> new HttpChannel(url, user, password), mllp[0],
                    Integer.parseInt(mllp[1]), options.workers())
                    .feed(population, new ProgressBar(out, "seed", population.stepCount()));
            out.println("CareTrail seed: " + summary.describe());
            return summary.hl7Refused() + summary.commandsRefused() == 0 ? 0 : 1;
        } catch (RuntimeException e) {
            out.println("CareTrail seed: stopped: " + e.getMessage());
            return 2;
        }
    }

    /** The demo's own data directory, its facilities' time zones, and payer codes its HL7 feed uses. */
    private static Map<String, Object> demoSettings() {
        Map<String, Object> settings = new HashMap<>();
        if (System.getenv("CARETRAIL_DATA_DIR") == null) {
            settings.put("caretrail.storage.data-dir", "./demo-data");
        }
        DemoFacility.ALL.forEach(facility ->
                settings.put("caretrail.facilities." + facility.id() + ".zone", facility.zone().getId()));
        for (org.caretrail.domain.episode.api.Payer payer : org.caretrail.domain.episode.api.Payer.values()) {
            settings.put("caretrail.hl7.payer-mapping[" + payer.name() + "]", payer.name());
        }
        return settings;
    }
}
