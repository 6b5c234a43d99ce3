package org.caretrail.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the global event stream for tracking processors with gap-aware tokens, using only exact lookups on
 * the unique positions index: the known gaps plus the next positions up to the last allocated one.
 * <p>
 * A gap is given up once a commit at a higher position was stored more than the gap timeout ago. That commit's
 * positions were allocated after the gap's, so the gap's writer has run past its append timeout (shorter than the
 * gap timeout) and will refuse to store it. The clock is read before any query, so a commit that landed in time
 * is always seen by the same fetch that could give its gap up.
 */
final class EventTracker {

    /** Documents per reply of a scan: the embedded server otherwise answers a find's first batch whole. */
    private static final int SCAN_BATCH = 1_000;

    private static final int HEAD_LOOKUP_CHUNK = 1_000;

    private final MongoCollection<BsonDocument> events;
    private final PositionAllocator allocator;
    private final Clock clock;
    private final Duration gapTimeout;
    private final int maxGapOffset;

    EventTracker(MongoCollection<BsonDocument> events, PositionAllocator allocator, Clock clock,
                 Duration gapTimeout, int maxGapOffset) {
        this.events = events;
        this.allocator = allocator;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        this.maxGapOffset = maxGapOffset;
    }

    static GapAwareTrackingToken tailToken() {
        return GapAwareTrackingToken.newInstance(0, Set.of());
    }

    List<TrackedEventData<?>> nextBatch(GapAwareTrackingToken previous, int batchSize) {
        Instant now = clock.instant();
        long allocated = allocator.lastAllocated();
        long index = previous.getIndex();
        SortedSet<Long> gaps = previous.getGaps();
        long windowEnd = Math.min(index + batchSize, allocated);
        Set<Long> wanted = new TreeSet<>(gaps);
        addRange(wanted, index + 1, windowEnd);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<Long> lookups = new TreeSet<>(wanted);
        if (!gaps.isEmpty()) {
            lookups.addAll(positionsAfterGapRuns(gaps));
            lookups.add(index);
        }
        List<BsonDocument> commits = find(lookups);
        NavigableMap<Long, StoredEvent> slots = slotsIn(commits, wanted);
        // Extended gap check: a run of dead positions longer than a batch must not stall the processor.
        while (!hasEventAbove(slots, index) && windowEnd < allocated) {
            Set<Long> range = new TreeSet<>();
            addRange(range, windowEnd + 1, Math.min(windowEnd + batchSize, allocated));
            windowEnd = Math.min(windowEnd + batchSize, allocated);
            List<BsonDocument> more = find(range);
            commits.addAll(more);
            slots.putAll(slotsIn(more, range));
        }
        GapAwareTrackingToken token = withoutExpiredGaps(previous, slots, commits, now);
        List<TrackedEventData<?>> batch = new ArrayList<>();
        for (var slot : slots.entrySet()) {
            token = token.advanceTo(slot.getKey(), maxGapOffset);
            if (slot.getValue() != null) {
                batch.add(slot.getValue().tracked(token));
            }
        }
        return batch;
    }

    /** The last allocated position, with positions inside the max gap offset that are not stored yet as gaps. */
    GapAwareTrackingToken headToken() {
        long head = allocator.lastAllocated();
        if (head == 0) {
            return tailToken();
        }
        long from = Math.max(1, head - maxGapOffset + 1);
        Set<Long> stored = new TreeSet<>();
        for (long start = from; start <= head; start += HEAD_LOOKUP_CHUNK) {
            Set<Long> chunk = new TreeSet<>();
            addRange(chunk, start, Math.min(start + HEAD_LOOKUP_CHUNK - 1, head));
            for (BsonDocument commit : events.find(Filters.in(CommitDocuments.POSITIONS, chunk))
                                             .projection(Projections.include(CommitDocuments.POSITIONS))) {
                stored.addAll(CommitDocuments.positions(commit));
            }
        }
        long index = stored.stream().filter(p -> p <= head).max(Long::compare).orElse(from - 1);
        Set<Long> gaps = new TreeSet<>();
        for (long position = from; position < index; position++) {
            if (!stored.contains(position)) {
                gaps.add(position);
            }
        }
        return GapAwareTrackingToken.newInstance(index, gaps);
    }

    /** Just before the first event stamped at or after {@code dateTime}; scans the collection, so meant for resets. */
    GapAwareTrackingToken tokenAt(Instant dateTime) {
        String timestampField = CommitDocuments.EVENTS + "." + EventEntries.TIMESTAMP;
        long first = Long.MAX_VALUE;
        for (BsonDocument commit : events.find(Filters.gte(timestampField, new BsonDateTime(dateTime.toEpochMilli())))
                                         .projection(Projections.include(CommitDocuments.EVENTS))
                                         .batchSize(SCAN_BATCH)) {
            for (StoredEvent event : CommitDocuments.events(commit)) {
                if (!event.timestamp().isBefore(dateTime)) {
                    first = Math.min(first, event.globalIndex());
                }
            }
        }
        return first == Long.MAX_VALUE ? headToken() : GapAwareTrackingToken.newInstance(first - 1, Set.of());
    }

    private GapAwareTrackingToken withoutExpiredGaps(GapAwareTrackingToken previous,
                                                     NavigableMap<Long, StoredEvent> slots,
                                                     List<BsonDocument> commits, Instant now) {
        SortedSet<Long> gaps = previous.getGaps();
        if (gaps.isEmpty() || slots.keySet().containsAll(gaps)) {
            return previous;
        }
        Instant expiredBefore = now.minus(gapTimeout);
        long expiredBelow = Long.MIN_VALUE;
        for (BsonDocument commit : commits) {
            if (CommitDocuments.storedAt(commit).isBefore(expiredBefore)) {
                expiredBelow = Math.max(expiredBelow, CommitDocuments.positions(commit).stream()
                                                                       .max(Long::compare).orElseThrow());
            }
        }
        // Found gaps must stay in the token, or advancing to them would be rejected.
        for (Long gap : gaps) {
            if (gap >= expiredBelow) {
                break;
            }
            if (slots.containsKey(gap)) {
                expiredBelow = gap;
                break;
            }
        }
        return previous.withGapsTruncatedAt(expiredBelow);
    }

    private List<BsonDocument> find(Collection<Long> positions) {
        return CommitDocuments.claiming(events, positions, null);
    }

    /** Positions (event or voided) of these commits that were asked for; a voided position maps to null. */
    private static NavigableMap<Long, StoredEvent> slotsIn(List<BsonDocument> commits, Set<Long> wanted) {
        NavigableMap<Long, StoredEvent> slots = new TreeMap<>();
        for (BsonDocument commit : commits) {
            NavigableMap<Long, StoredEvent> byPosition = new TreeMap<>();
            CommitDocuments.events(commit).forEach(event -> byPosition.put(event.globalIndex(), event));
            for (Long position : CommitDocuments.positions(commit)) {
                if (wanted.contains(position)) {
                    slots.put(position, byPosition.get(position));
                }
            }
        }
        return slots;
    }

    private static boolean hasEventAbove(NavigableMap<Long, StoredEvent> slots, long index) {
        return slots.tailMap(index, false).values().stream().anyMatch(event -> event != null);
    }

    // The position just above each run of consecutive gaps is stored (it was delivered): its commit dates the run.
    private static Set<Long> positionsAfterGapRuns(SortedSet<Long> gaps) {
        Set<Long> after = new TreeSet<>();
        for (Long gap : gaps) {
            if (!gaps.contains(gap + 1)) {
                after.add(gap + 1);
            }
        }
        return after;
    }

    private static void addRange(Set<Long> positions, long fromInclusive, long toInclusive) {
        for (long position = fromInclusive; position <= toInclusive; position++) {
            positions.add(position);
        }
    }
}
