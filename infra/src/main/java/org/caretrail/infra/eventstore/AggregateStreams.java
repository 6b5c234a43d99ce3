package org.caretrail.infra.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads one aggregate's events and snapshot through exact lookups on unique keys only, so that loading an
 * aggregate costs the same however large the store grows.
 */
final class AggregateStreams {

    private final EventStoreCollections collections;
    private final ChainLinks chainLinks;

    AggregateStreams(EventStoreCollections collections, ChainLinks chainLinks) {
        this.collections = collections;
        this.chainLinks = chainLinks;
    }

    /** Stream keys asked for first when nothing is remembered of the aggregate: a new one costs this many lookups. */
    static final int FIRST_WINDOW = 8;

    /**
     * The aggregate's events from {@code firstSequenceNumber}, at most {@code batchSize} of them. Asks for the keys in
     * windows rather than all {@code batchSize} at once: every key asked is an index lookup on the server, and most
     * loads are of a new aggregate (an admission) or a short episode. The first window reaches a little past the last
     * event remembered of the aggregate (or {@link #FIRST_WINDOW} keys); while a window's last key is found, a wider
     * one follows, so a long stream costs a round trip or two more. A stream with a missing event loads as it did with
     * one window of {@code batchSize}, unless the missing event is the last key of a window.
     */
    List<DomainEventData<?>> fetch(String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        long end = firstSequenceNumber + batchSize;
        long remembered = chainLinks.rememberedSequence(aggregateIdentifier);
        long windowEnd = Math.min(end, Math.max(firstSequenceNumber, remembered + 1) + FIRST_WINDOW);
        long windowStart = firstSequenceNumber;
        List<StoredEvent> found = new ArrayList<>();
        while (true) {
            long highest = -1;
            int inWindow = 0;
            for (BsonDocument commit : CommitDocuments.distinct(
                    collections.events().find(Filters.in(CommitDocuments.STREAM_KEYS,
                                                         keys(aggregateIdentifier, windowStart, windowEnd))))) {
                for (StoredEvent event : CommitDocuments.events(commit)) {
                    if (aggregateIdentifier.equals(event.aggregateIdentifier())
                            && event.sequenceNumber() >= windowStart && event.sequenceNumber() < windowEnd) {
                        found.add(event);
                        inWindow++;
                        highest = Math.max(highest, event.sequenceNumber());
                    }
                }
            }
            if (windowEnd == end) {
                break;
            }
            long width = windowEnd - windowStart;
            boolean holeInside = highest >= windowStart && inWindow < highest - windowStart + 1;
            if (highest < windowEnd - 1 && !holeInside) {
                break;
            }
            // A missing event inside the window (only an edit behind the engine's back does that; verification reports
            // it) reads the rest of the batch at once, as a load did before windows.
            windowStart = windowEnd;
            windowEnd = holeInside ? end : Math.min(end, windowEnd + width * 4);
        }
        found.sort(Comparator.comparingLong(StoredEvent::sequenceNumber));
        if (!found.isEmpty()) {
            // A command loads its aggregate before it appends: the next append then needs no lookup.
            StoredEvent last = found.get(found.size() - 1);
            chainLinks.remember(aggregateIdentifier, last.sequenceNumber(), last.hash(), last.globalIndex());
        }
        return found.stream().<DomainEventData<?>>map(StoredEvent::asDomainEventData).toList();
    }

    Optional<Long> lastSequenceNumber(String aggregateIdentifier, int batchSize) {
        long last = snapshotSequenceNumber(aggregateIdentifier).orElse(-1L);
        while (true) {
            long from = last + 1;
            Set<String> keys = new HashSet<>(keys(aggregateIdentifier, from, from + batchSize));
            long highest = last;
            int present = 0;
            for (BsonDocument commit : CommitDocuments.distinct(
                    collections.events().find(Filters.in(CommitDocuments.STREAM_KEYS, keys))
                               .projection(Projections.include(CommitDocuments.STREAM_KEYS)))) {
                for (String key : CommitDocuments.streamKeys(commit)) {
                    if (keys.contains(key)) {
                        present++;
                        highest = Math.max(highest, sequenceOf(key));
                    }
                }
            }
            last = highest;
            if (present < batchSize) {
                return last < 0 ? Optional.empty() : Optional.of(last);
            }
        }
    }

    void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer, Instant storedAt) {
        BsonDocument entry = EventEntries.entry(snapshot, serializer);
        entry.remove(EventEntries.GLOBAL_INDEX);
        BsonDocument document = new BsonDocument("_id", new BsonString(snapshot.getAggregateIdentifier()));
        document.putAll(entry);
        document.append(CommitDocuments.STORED_AT, new BsonDateTime(storedAt.toEpochMilli()));
        try {
            collections.snapshots().replaceOne(
                    Filters.and(Filters.eq("_id", snapshot.getAggregateIdentifier()),
                                Filters.lt(EventEntries.SEQUENCE_NUMBER, snapshot.getSequenceNumber())),
                    document, new ReplaceOptions().upsert(true));
        } catch (MongoException e) {
            // A duplicate key here means a snapshot at the same or a later sequence is stored already: keep it.
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    Stream<DomainEventData<?>> snapshot(String aggregateIdentifier) {
        BsonDocument document = collections.snapshots().find(Filters.eq("_id", aggregateIdentifier)).first();
        return Stream.ofNullable(document).map(found -> EventEntries.read(found).asDomainEventData());
    }

    private Optional<Long> snapshotSequenceNumber(String aggregateIdentifier) {
        BsonDocument document = collections.snapshots()
                                           .find(Filters.eq("_id", aggregateIdentifier))
                                           .projection(Projections.include(EventEntries.SEQUENCE_NUMBER))
                                           .first();
        return Optional.ofNullable(document).map(found -> found.getNumber(EventEntries.SEQUENCE_NUMBER).longValue());
    }

    private static List<String> keys(String aggregateIdentifier, long fromInclusive, long toExclusive) {
        List<String> keys = new ArrayList<>();
        for (long sequence = fromInclusive; sequence < toExclusive; sequence++) {
            keys.add(EventEntries.streamKey(aggregateIdentifier, sequence));
        }
        return keys;
    }

    private static long sequenceOf(String streamKey) {
        return Long.parseLong(streamKey.substring(streamKey.lastIndexOf(':') + 1));
    }
}
