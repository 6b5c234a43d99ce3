package org.caretrail.web.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.caretrail.infra.mongo.MongoOutage;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A MongoDB dead-letter queue for every projection: an event whose handler throws is parked with
 * the rest of its episode's events (sequence per aggregate), while other episodes keep flowing.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    /** The collection holding the dead letters of every processing group. */
    public static final String COLLECTION = "dead_letters";

    @Bean
    ConfigurerModule deadLetterModule(MongoClient client, MongoDatabase database,
                                      @Qualifier("eventSerializer") Serializer events, ListableBeanFactory beans) {
        MongoTemplate template = DefaultMongoTemplate.builder()
                .mongoDatabase(client, database.getName())
                .deadLetterCollectionName(COLLECTION)
                .build();
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerDeadLetterQueueProvider(group -> config -> MongoSequencedDeadLetterQueue
                    .<EventMessage<?>>builder()
                    .processingGroup(group)
                    .mongoTemplate(template)
                    .serializer(events)
                    .build());
            processing.registerDefaultDeadLetterPolicy(config -> DeadLetterConfiguration::decide);
            // A rebuild replays every event anyway; letters kept from before would only be parked twice. Without the
            // cache of sequences known to have no letters, every event costs a count query on the letter collection.
            processingGroups(beans).forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                    group, (config, builder) -> builder.allowReset(true).enableSequenceIdentifierCache()));
        });
    }

    /**
     * Parks an event that its handler cannot take, but rethrows a failure of the database itself:
     * the processor then retries the batch once MongoDB is back, instead of parking every event of
     * an outage.
     */
    static EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (MongoOutage.in(cause).isPresent()) {
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    private static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .forEach(group -> groups.add(group.value()));
        return groups;
    }
}
