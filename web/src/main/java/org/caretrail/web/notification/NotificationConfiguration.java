package org.caretrail.web.notification;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.caretrail.domain.notification.RecipientAggregate;
import org.caretrail.domain.notification.api.NotificationPage;
import org.caretrail.domain.notification.api.NotificationReportResponse;
import org.caretrail.domain.patient.PatientAggregate;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.infra.integrity.CheckpointSeal;
import org.caretrail.infra.notification.DeliveryWorker;
import org.caretrail.infra.notification.RecipientSecrets;
import org.caretrail.infra.notification.SecretBox;
import org.caretrail.web.query.CsvConverter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Event notifications: the Patient and Recipient aggregates, routing as one segment (it must see events in the
 * store's order), the delivery worker, and CSV for the delivery log and the report.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
public class NotificationConfiguration {

    @Bean
    ConfigurerModule notificationAxonModule() {
        return configurer -> {
            configurer.configureAggregate(PatientAggregate.type());
            configurer.configureAggregate(RecipientAggregate.type());
            configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessorConfiguration(
                    ProcessingGroups.NOTIFICATION_ROUTING,
                    (config, builder) -> builder.initialSegmentCount(1)));
        };
    }

    @Bean
    RecipientSecrets recipientSecrets(MongoDatabase database, CheckpointSeal seal) {
        // sealed under a key derived from the checkpoint key: the one secret CareTrail keeps outside the database
        return new RecipientSecrets(database, new SecretBox(seal.derivedKey("notification-secrets")));
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = "caretrail.notifications.enabled", havingValue = "true", matchIfMissing = true)
    DeliveryWorker deliveryWorker(MongoDatabase database, RecipientSecrets secrets, DeliveryProperties properties,
                                  Clock clock, MeterRegistry registry) {
        return new DeliveryWorker(database, secrets, properties.settings(), clock, registry);
    }

    @Bean
    CsvConverter<NotificationPage> notificationLogCsv() {
        return new CsvConverter<>(NotificationPage.class, NotificationCsv::log);
    }

    @Bean
    CsvConverter<NotificationReportResponse> notificationReportCsv() {
        return new CsvConverter<>(NotificationReportResponse.class, NotificationCsv::report);
    }
}
