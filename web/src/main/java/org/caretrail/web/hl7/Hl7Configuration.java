package org.caretrail.web.hl7;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.net.ssl.SSLContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.caretrail.infra.hl7.Hl7Inbox;
import org.caretrail.infra.hl7.Hl7Metrics;
import javax.net.ssl.SSLContext;
import org.caretrail.infra.hl7.MllpOptions;
import org.caretrail.infra.hl7.MllpServer;
import org.caretrail.infra.hl7.ParkedMessageReleaser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HL7 ADT feed: the inbox with its sender profiles and meters, its MLLP listener (plain or TLS), the
 * release of parked messages on admission (the one path, whichever way the admission came), and the
 * retention of raw messages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Hl7Properties.class)
public class Hl7Configuration {

    /** The processor that releases parked messages; it starts at the head, old admissions have nothing parked. */
    static final String RELEASE_GROUP = "hl7-parked-release";

    @Bean
    Hl7Inbox hl7Inbox(CommandGateway commandGateway, ObjectProvider<org.axonframework.config.Configuration> axon,
                      MongoDatabase database, Hl7Properties properties, Clock clock, MeterRegistry registry) {
        return Hl7Inbox.of(commandGateway, axon::getObject, database, properties.settings(), clock,
                new Hl7Metrics(registry, properties.parkedGaugeRefresh()));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "caretrail.hl7", name = "enabled", matchIfMissing = true)
    MllpServer mllpServer(Hl7Inbox inbox, Hl7Properties properties, ObjectProvider<SslBundles> bundles) {
        SSLContext tls = null;
        if (properties.mllpTlsBundle() != null && !properties.mllpTlsBundle().isBlank()) {
            SslBundles known = bundles.getIfAvailable();
            if (known == null) {
                throw new IllegalStateException("caretrail.hl7.mllp-tls-bundle is set but no spring.ssl.bundle is");
            }
            tls = known.getBundle(properties.mllpTlsBundle()).createSslContext();
        }
        return MllpServer.start(inbox, new MllpOptions(properties.mllpBindAddress(), properties.mllpPort(),
                StandardCharsets.UTF_8, properties.mllpIdentity(), tls, properties.mllpClientAuth()));
    }

    @Bean
    RawMessageRetention rawMessageRetention(Hl7Inbox inbox, Hl7Properties properties) {
        return new RawMessageRetention(inbox, properties);
    }

    @Bean
    ParkedMessageReleaser parkedMessageReleaser(Hl7Inbox inbox) {
        return new ParkedMessageReleaser(inbox);
    }

    @Bean
    ConfigurerModule hl7ReleaseProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(RELEASE_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken))
                .assignHandlerTypesMatching(RELEASE_GROUP, type -> type == ParkedMessageReleaser.class));
    }
}
