package org.caretrail.infra.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.BsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * CareTrail's Axon event storage engine on MongoDB: one document per commit (atomic on a standalone server and a
 * replica set alike), optimistic concurrency through unique stream keys, and gap-aware tracking over global
 * positions read by exact lookups only. Every event carries a SHA-256 hash chained to the previous event of its
 * aggregate (decision 0003), so that an edit made behind the engine's back can be detected.
 * <p>
 * Each successful append records, for the appending thread, the global position of its last event; read it with
 * {@link #lastAppendedPositionOfCurrentThread()} after a command returns. It is a plain thread-local shared by all
 * engines in the JVM and meant for commands handled on the caller's thread (Axon's simple command bus): clear it
 * with {@link #forgetLastAppendedPositionOfCurrentThread()} before dispatching on a pooled thread.
 */
public class CareTrailEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger LOGGER = LoggerFactory.getLogger(CareTrailEventStorageEngine.class);
    private static final ThreadLocal<Long> LAST_APPENDED_POSITION = new ThreadLocal<>();

    private final EventStoreCollections collections;
    private final PositionAllocator allocator;
    private final PositionBlocks positions;
    private final EventTracker tracker;
    private final AggregateStreams aggregates;
    private final ChainLinks chainLinks;
    private final Clock clock;
    private final Duration appendTimeout;
    private final Duration gapTimeout;
    private final LongConsumer beforeInsert;
    private final boolean readSnapshots;
    private final SharedBatches sharedBatches;

    protected CareTrailEventStorageEngine(Builder builder) {
        super(builder);
        this.collections = EventStoreCollections.open(builder.database, builder.eventsCollection,
                                                      builder.snapshotsCollection, builder.countersCollection);
        this.clock = builder.clock;
        this.appendTimeout = builder.effectiveAppendTimeout();
        this.gapTimeout = builder.gapTimeout;
        this.readSnapshots = builder.readSnapshots;
        this.beforeInsert = builder.beforeInsert;
        this.allocator = new PositionAllocator(collections.counters());
        this.positions = new PositionBlocks(allocator, clock, builder.effectivePositionBlockLifetime(),
                                            builder.maxPositionBlock, builder.maxGapOffset, this::voidPositions);
        this.tracker = new EventTracker(collections.events(), allocator, clock, builder.gapTimeout,
                                        builder.maxGapOffset);
        this.chainLinks = new ChainLinks(collections.events());
        this.aggregates = new AggregateStreams(collections, chainLinks);
        this.sharedBatches = new SharedBatches(builder.sharedBatches);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The global position of the last event the current thread appended, if any since it was last forgotten. */
    public static OptionalLong lastAppendedPositionOfCurrentThread() {
        Long position = LAST_APPENDED_POSITION.get();
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }

    public static void forgetLastAppendedPositionOfCurrentThread() {
        LAST_APPENDED_POSITION.remove();
    }

    /** Creates the unique indexes and the position counter; safe to call on every start. */
    public void ensureIndexes() {
        collections.ensureIndexes();
        allocator.ensureCounter();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        // Serialize before allocating, so that positions stay unstored for as short a time as possible.
        List<BsonDocument> entries = events.stream().map(event -> EventEntries.entry(event, serializer)).toList();
        requireDistinctStreamKeys(entries);
        Map<String, String> previousHashes = chainLinks.previousHashes(entries);
        // A position taken from a block counts from when the block was reserved: the append timeout below then holds
        // exactly as for a position reserved for this commit alone.
        PositionBlocks.Reservation reservation = positions.take(entries.size(), newestStoredPositionOf(entries));
        long first = reservation.first();
        Instant allocatedAt = reservation.reservedAt();
        beforeInsert.accept(first);
        Instant storedAt = clock.instant();
        if (Duration.between(allocatedAt, storedAt).compareTo(appendTimeout) > 0) {
            voidPositions(first, entries.size(), "append timed out");
            throw new EventStoreException("Positions " + first + ".." + (first + entries.size() - 1)
                                                  + " were allocated more than " + appendTimeout
                                                  + " ago; trackers may have given up on them");
        }
        try {
            collections.events().insertOne(CommitDocuments.commit(entries, first, storedAt, previousHashes));
        } catch (MongoException e) {
            failAppend(e, events, entries, first);
        }
        chainLinks.rememberHeads(entries);
        LAST_APPENDED_POSITION.set(first + entries.size() - 1);
    }

    // The highest global position of the event before each aggregate's first event in this commit, as remembered from
    // the load or append before it; Long.MAX_VALUE when one is not remembered (positions then come from the counter).
    private long newestStoredPositionOf(List<BsonDocument> entries) {
        long newest = 0;
        for (BsonDocument entry : entries) {
            if (!entry.containsKey(EventEntries.AGGREGATE_IDENTIFIER)) {
                continue;
            }
            long sequence = entry.getInt64(EventEntries.SEQUENCE_NUMBER).getValue();
            if (sequence == 0) {
                continue;
            }
            long position = chainLinks.rememberedPosition(
                    entry.getString(EventEntries.AGGREGATE_IDENTIFIER).getValue(), sequence - 1);
            if (position < 0) {
                return Long.MAX_VALUE;
            }
            newest = Math.max(newest, position);
        }
        return newest;
    }

    private void failAppend(MongoException failure, List<? extends EventMessage<?>> events,
                            List<BsonDocument> entries, long first) {
        if (!MongoDuplicateKeyResolver.isDuplicateKey(failure)) {
            throw new EventStoreException("Storing a commit of " + entries.size() + " events failed", failure);
        }
        Set<String> taken = takenStreamKeys(entries);
        for (int i = 0; i < entries.size(); i++) {
            String key = EventEntries.streamKeyOf(entries.get(i));
            if (key != null && taken.contains(key)) {
                voidPositions(first, entries.size(), "concurrency conflict on " + key);
                handlePersistenceException(failure, events.get(i));
            }
        }
        throw new EventStoreException("Global positions from " + first + " were taken already", failure);
    }

    private Set<String> takenStreamKeys(List<BsonDocument> entries) {
        List<String> keys = entries.stream().map(EventEntries::streamKeyOf).filter(key -> key != null).toList();
        Set<String> taken = new HashSet<>();
        for (BsonDocument commit : collections.events()
                                              .find(Filters.in(CommitDocuments.STREAM_KEYS, keys))
                                              .projection(Projections.include(CommitDocuments.STREAM_KEYS))) {
            taken.addAll(CommitDocuments.streamKeys(commit));
        }
        return taken;
    }

    // Claims the positions of a commit that will never be stored, so trackers move on without waiting for the gap
    // timeout; if this fails, the gap timeout still resolves them.
    private void voidPositions(long first, int count, String reason) {
        try {
            collections.events().insertOne(CommitDocuments.voided(first, count, clock.instant(), reason));
        } catch (MongoException e) {
            LOGGER.warn("Could not void positions {}..{} ({}); trackers will wait for the gap timeout",
                        first, first + count - 1, reason, e);
        }
    }

    private static void requireDistinctStreamKeys(List<BsonDocument> entries) {
        Set<String> seen = new HashSet<>();
        for (BsonDocument entry : entries) {
            String key = EventEntries.streamKeyOf(entry);
            if (key != null && !seen.add(key)) {
                throw new IllegalArgumentException("One commit holds two events at stream position " + key);
            }
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        aggregates.storeSnapshot(snapshot, serializer, clock.instant());
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                    long firstSequenceNumber, int batchSize) {
        return aggregates.fetch(aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return readSnapshots ? aggregates.snapshot(aggregateIdentifier) : Stream.empty();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return aggregates.lastSequenceNumber(aggregateIdentifier, batchSize());
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken == null) {
            return tracker.nextBatch(EventTracker.tailToken(), batchSize);
        }
        if (!(lastToken instanceof GapAwareTrackingToken token)) {
            throw new IllegalArgumentException("Expected a GapAwareTrackingToken, got " + lastToken);
        }
        return tracker.nextBatch(token, batchSize);
    }

    /**
     * The global stream in batches, each read once for every processor that asks for it soon after the first
     * (see {@link SharedBatches}); the stream ends at the first empty batch, as Axon's own does.
     */
    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        int batchSize = batchSize();
        Spliterator<TrackedEventMessage<?>> batches = new Spliterators.AbstractSpliterator<>(
                Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            private TrackingToken last = trackingToken;
            private List<? extends TrackedEventMessage<?>> batch = List.of();
            private int next;
            private boolean ended;

            @Override
            public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
                if (next == batch.size()) {
                    if (ended) {
                        return false;
                    }
                    TrackingToken from = last == null ? EventTracker.tailToken() : last;
                    batch = sharedBatches.after(from, () -> messagesAfter(from, batchSize));
                    next = 0;
                    if (batch.isEmpty()) {
                        ended = true;
                        return false;
                    }
                }
                TrackedEventMessage<?> message = batch.get(next++);
                last = message.trackingToken();
                action.accept(message);
                return true;
            }
        };
        return StreamSupport.stream(batches, false);
    }

    private List<? extends TrackedEventMessage<?>> messagesAfter(TrackingToken token, int batchSize) {
        return EventUtils.upcastAndDeserializeTrackedEvents(fetchTrackedEvents(token, batchSize).stream(),
                                                            getEventSerializer(), upcasterChain).toList();
    }

    @Override
    public TrackingToken createTailToken() {
        return EventTracker.tailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return tracker.headToken();
    }

    /**
     * The highest global position allocated so far, leaving out the unused remainder of this engine's position block
     * when the counter ends with it: one read of the counter. Cheaper than {@link #createHeadToken()}, which also
     * works out which positions below it are still gaps. Another instance's unused block is included until it is
     * used or voided (at most the block lifetime plus a void).
     */
    public long lastAllocatedPosition() {
        return positions.lastAllocated();
    }

    /**
     * Voids the unused remainder of this engine's position block, so that trackers need not wait for it; commits
     * appended after this reserve their positions one at a time. Call on shutdown.
     */
    public void close() {
        positions.close();
    }

    /** Test seam: voids the remainder of this engine's position block if it has expired by the engine's clock. */
    void voidExpiredPositions() {
        positions.voidExpired();
    }

    /** Test seam: how many positions this engine holds reserved and unused. */
    long unusedPositions() {
        return positions.unused();
    }

    /** How long a missing position is waited for once a later commit is stored; past it, it is never filled. */
    public Duration gapTimeout() {
        return gapTimeout;
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return tracker.tokenAt(dateTime);
    }

    /** Builds a {@link CareTrailEventStorageEngine}; the database and both serializers are required. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String eventsCollection = EventStoreCollections.DEFAULT_EVENTS;
        private String snapshotsCollection = EventStoreCollections.DEFAULT_SNAPSHOTS;
        private String countersCollection = EventStoreCollections.DEFAULT_COUNTERS;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private Duration appendTimeout;
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();
        private boolean readSnapshots = true;
        private int sharedBatches = 256;
        private Duration positionBlockLifetime = Duration.ofSeconds(1);
        private int maxPositionBlock = 32;
        private LongConsumer beforeInsert = firstPosition -> {
        };

        protected Builder() {
            persistenceExceptionResolver(new MongoDuplicateKeyResolver());
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder collectionNames(String events, String snapshots, String counters) {
            this.eventsCollection = events;
            this.snapshotsCollection = snapshots;
            this.countersCollection = counters;
            return this;
        }

        /** How long a missing position is waited for once a later commit is stored; 60 s by default. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * How old allocated positions may be when their commit is about to be inserted; half the gap timeout by
         * default. The rest of the gap timeout covers the insert itself and clock differences between instances.
         */
        public Builder appendTimeout(Duration appendTimeout) {
            this.appendTimeout = appendTimeout;
            return this;
        }

        /** How far behind the newest position a gap is still waited for; 10,000 by default. */
        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        /**
         * Whether loading an aggregate first looks for its snapshot (default true). An application
         * that configures no snapshot trigger can save that round trip on every command.
         */
        public Builder readSnapshots(boolean readSnapshots) {
            this.readSnapshots = readSnapshots;
            return this;
        }

        /**
         * How many batches of the global stream, those that end without gaps, are kept for other processors reading
         * the same positions (default 256, about 25,000 events; 0 turns sharing off).
         */
        public Builder sharedBatches(int batches) {
            this.sharedBatches = batches;
            return this;
        }

        /**
         * How long a block of reserved positions is handed out from after it was reserved (default 1 s); at most a
         * quarter of the append timeout (longer values are cut to it). Shorter when the counter shows other instances allocating fast enough to
         * reach an eighth of the max gap offset within it.
         */
        public Builder positionBlockLifetime(Duration lifetime) {
            this.positionBlockLifetime = lifetime;
            return this;
        }

        /**
         * The most positions reserved at once for single-event commits (default 32; 1 reserves per commit).
         * Blocks start at 1 and grow only while they are used up quickly.
         */
        public Builder maxPositionBlock(int positions) {
            this.maxPositionBlock = positions;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Test seam: runs between allocating positions and inserting the commit. */
        Builder beforeInsert(LongConsumer beforeInsert) {
            this.beforeInsert = beforeInsert;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder snapshotFilter(Predicate<? super DomainEventData<?>> snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public CareTrailEventStorageEngine build() {
            return new CareTrailEventStorageEngine(this);
        }

        // Far inside the append timeout, which is measured from the block's reservation.
        private Duration effectivePositionBlockLifetime() {
            Duration quarter = effectiveAppendTimeout().dividedBy(4);
            return positionBlockLifetime.compareTo(quarter) < 0 ? positionBlockLifetime : quarter;
        }

        private Duration effectiveAppendTimeout() {
            return appendTimeout == null ? gapTimeout.dividedBy(2) : appendTimeout;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("A MongoDatabase is required");
            }
            if (gapTimeout == null || gapTimeout.isNegative() || gapTimeout.isZero()) {
                throw new AxonConfigurationException("The gap timeout must be positive");
            }
            if (effectiveAppendTimeout().compareTo(gapTimeout) >= 0) {
                throw new AxonConfigurationException("The append timeout must be shorter than the gap timeout");
            }
            if (maxPositionBlock < 1 || positionBlockLifetime == null || positionBlockLifetime.isNegative()
                    || positionBlockLifetime.isZero()) {
                throw new AxonConfigurationException("Position blocks need a positive size and lifetime");
            }
            if (maxGapOffset < 1 || clock == null) {
                throw new AxonConfigurationException("The max gap offset must be positive and a clock is required");
            }
        }
    }
}
