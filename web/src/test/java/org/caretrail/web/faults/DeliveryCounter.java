package org.caretrail.web.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;

/** Counts how often the audit trail's processing group was handed each event, to see redeliveries. */
@ProcessingGroup("audit-trail")
class DeliveryCounter {

    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();

    /** How many times the event at this sequence of the episode was delivered. */
    int deliveries(String episodeId, long sequence) {
        return deliveries.getOrDefault(episodeId + "#" + sequence, 0);
    }

    @EventHandler
    void on(Object event, @SourceId String episodeId, @SequenceNumber long sequence) {
        deliveries.merge(episodeId + "#" + sequence, 1, Integer::sum);
    }
}
