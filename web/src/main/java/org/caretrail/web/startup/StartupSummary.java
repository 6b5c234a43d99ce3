package org.caretrail.web.startup;

import java.util.List;
import java.util.Optional;
import org.caretrail.infra.hl7.MllpServer;
import org.caretrail.web.config.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one block a user reads at the end of start-up: where CareTrail answers, where its data is,
 * where the credentials are, and where the HL7 feed connects.
 */
@Component
public class StartupSummary {

    private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

    private final StorageProperties storage;
    private final ObjectProvider<MllpServer> mllp;
    private final Environment environment;

    public StartupSummary(StorageProperties storage, ObjectProvider<MllpServer> mllp, Environment environment) {
        this.storage = storage;
        this.mllp = mllp;
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info(describe(port));
    }

    String describe(int port) {
        String url = "http://localhost:" + port;
        return String.join("\n", List.of(
                "",
                "CareTrail is ready",
                "  URL             " + url + "/   (API: " + url + "/swagger-ui.html)",
                "  data            " + data(),
                "  users           " + users(),
                "  HL7 MLLP        " + Optional.ofNullable(mllp.getIfAvailable())
                        .map(server -> environment.getProperty("caretrail.hl7.mllp-bind-address", "127.0.0.1")
                                + ":" + server.port())
                        .orElse("off (caretrail.hl7.enabled=false)")));
    }

    private String data() {
        if (storage.mongodbUri() != null && !storage.mongodbUri().isBlank()) {
            return "MongoDB from MONGODB_URI, database '" + storage.database() + "'";
        }
        if (storage.inMemory()) {
            return "in memory (lost at exit)";
        }
        return storage.dataDir().toAbsolutePath().normalize().toString();
    }

    private String users() {
        if (!environment.getProperty("caretrail.security.jwt.issuer-uri", "").isBlank()
                || environment.containsProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
                || environment.containsProperty("spring.security.oauth2.resourceserver.jwt.public-key-location")) {
            return "bearer JWTs from the configured issuer";
        }
        List<String> configured = Binder.get(environment)
                .bind("caretrail.security.users", Bindable.listOf(String.class)).orElse(List.of());
        if (configured.stream().anyMatch(entry -> !entry.isBlank())) {
            return configured.size() + " configured in caretrail.security.users";
        }
        return "generated, one per role; passwords in " + java.nio.file.Path.of(environment.getProperty(
                "caretrail.security.generated-users-file", "./data/generated-users.txt")).toAbsolutePath().normalize()
                + " (readable by this account only)";
    }
}
