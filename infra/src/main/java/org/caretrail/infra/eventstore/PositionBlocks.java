package org.caretrail.infra.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Global positions for one engine, reserved from the shared counter in blocks, so that a busy instance pays one
 * counter round trip per block instead of one per commit (decision 0027).
 * <p>
 * An unused position of a block sits below positions other instances store: it is a gap in every tracker's token
 * until it is stored or voided. Trackers give a gap up by time (a commit above it stored more than the gap timeout
 * ago) or by distance ({@code maxGapOffset} positions behind their index). So a block is only handed out from
 * while it is younger than its lifetime, which is far inside the append timeout (the append check still measures
 * from when the block was reserved, so the time rule holds exactly as for a single position) and far inside the
 * time the other instances take to allocate {@code maxGapOffset} positions at the rate last seen on the counter.
 * Sizes adapt: they start at 1, double while blocks run out before they expire and fall to what was used when one
 * expires, so an instance with little traffic holds nothing. An expired remainder, and the remainder at
 * {@link #close()}, are voided so trackers need not wait for them.
 * <p>
 * Positions handed out by one engine only grow: a commit reserved after another one was handed its positions gets
 * higher ones, so a client that writes twice and reads with the second answer's position also sees the first
 * write. A commit arriving while another thread refills the block waits for the new block rather than reserving
 * above it, and once a commit has taken positions from the counter, the remainder below them is voided.
 */
final class PositionBlocks {

    private static final Logger LOGGER = LoggerFactory.getLogger(PositionBlocks.class);

    /** A block is not worth holding for less than this; below it positions are reserved one commit at a time. */
    private static final Duration SHORTEST_LIFETIME = Duration.ofMillis(20);

    /** The other instances may allocate at most 1/SAFETY of the max gap offset during a block's lifetime. */
    private static final int SAFETY = 8;

    /** Positions reserved for one commit, and when they were reserved (what the append timeout is measured from). */
    record Reservation(long first, Instant reservedAt) {
    }

    /** Stores a voided commit over positions that will never hold events. */
    interface Voider {
        void voidPositions(long first, int count, String reason);
    }

    private final PositionAllocator counter;
    private final Clock clock;
    private final Duration lifetime;
    private final int maxBlockSize;
    private final int maxGapOffset;
    private final Voider voider;

    // Guarded by this. The current block is next..end (empty when next > end).
    private long start = 1;
    private long next = 1;
    private long end;
    private boolean lastExpired = true;
    private Instant reservedAt = Instant.EPOCH;
    private Instant expiresAt = Instant.EPOCH;
    private long blockId;
    private int size = 1;
    private boolean refilling;
    private boolean closed;
    private long lastCounter = -1;
    // Guarded by this. The highest position handed out so far: a block position at or below it is never handed out.
    private long handedOut;
    // Guarded by this. The last range of positions this engine voided unused (from > 0 when there is one).
    private long voidedFrom;
    private long voidedTo;
    private Instant lastCounterAt;
    private ScheduledExecutorService expiry;
    private Duration allowedLifetime;

    PositionBlocks(PositionAllocator counter, Clock clock, Duration lifetime, int maxBlockSize, int maxGapOffset,
                   Voider voider) {
        this.counter = counter;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxBlockSize = Math.max(1, Math.min(maxBlockSize, maxGapOffset / (SAFETY * 2)));
        this.maxGapOffset = maxGapOffset;
        this.voider = voider;
        this.allowedLifetime = lifetime;
    }

    /**
     * Reserves {@code count} consecutive positions for one commit, all above {@code above}: the position of the
     * newest stored event of any aggregate in the commit ({@code Long.MAX_VALUE} when that is not known), so that every
     * aggregate's events stay in sequence order in the global stream. A block's positions may lie below positions
     * reserved since (by another instance, or exactly by another thread of this one); the counter's are above all.
     */
    Reservation take(int count, long above) {
        long expiredFrom;
        int expiredCount;
        int reserve;
        synchronized (this) {
            awaitRefill();
            Instant now = clock.instant();
            expiredFrom = next;
            expiredCount = expireIfDue(now);
            if (count <= remaining() && next > above) {
                long first = next;
                next += count;
                handedOut = Math.max(handedOut, next - 1);
                return new Reservation(first, reservedAt);
            }
            // Only a single-event commit on an empty block refills it; anything else is reserved exactly.
            boolean refill = !closed && !refilling && count == 1 && remaining() == 0 && maxBlockSize > 1
                    && above != Long.MAX_VALUE
                    && allowedLifetime.compareTo(SHORTEST_LIFETIME) >= 0;
            if (refill) {
                refilling = true;
                // the last block was used up and asked for again within half its lifetime: twice as many would
                // still be used before they expire
                if (!lastExpired && !now.isAfter(reservedAt.plus(lifetime.dividedBy(2)))) {
                    size = Math.min(maxBlockSize, size * 2);
                }
                reserve = size;
            } else {
                reserve = -count;
            }
        }
        // Voided before the new reservation is stored, so trackers never see the remainder as a gap below it.
        voidOutside(expiredFrom, expiredCount, "position block expired");
        if (reserve < 0) {
            // Read before the counter moves, so the append timeout is never measured from later than the reservation.
            Instant at = clock.instant();
            long first = counter.allocate(count);
            long belowFrom;
            int below;
            synchronized (this) {
                observeCounter(first + count - 1, count, at);
                handedOut = Math.max(handedOut, first + count - 1);
                // what is left of the block lies below these positions: handed out later, it would break the order
                belowFrom = next;
                below = (int) remaining();
                voided(belowFrom, below);
                next = end + 1;
            }
            voidOutside(belowFrom, below, "a later commit took positions above the block");
            return new Reservation(first, at);
        }
        Instant at = clock.instant();
        long first;
        try {
            first = counter.allocate(reserve);
        } catch (RuntimeException e) {
            synchronized (this) {
                refilling = false;
                notifyAll();
            }
            throw e;
        }
        long surplusFrom = first + count;
        int surplus = 0;
        String reason = "engine closed";
        synchronized (this) {
            refilling = false;
            notifyAll();
            Duration blockLifetime = observeCounter(first + reserve - 1, reserve, at);
            // a waiter interrupted while this block was reserved may have taken positions above it
            boolean overtaken = handedOut > first;
            handedOut = Math.max(handedOut, first + count - 1);
            if (closed || overtaken || (reserve > 1 && blockLifetime.compareTo(SHORTEST_LIFETIME) < 0)) {
                if (overtaken) {
                    reason = "a later commit took positions above the block";
                } else if (!closed) {
                    reason = "other instances allocate too fast to hold a block";
                }
                surplus = reserve - count;
                voided(surplusFrom, surplus);
                size = 1;
                lastExpired = true;
            } else {
                start = first;
                next = first + count;
                end = first + reserve - 1;
                reservedAt = at;
                expiresAt = at.plus(blockLifetime);
                lastExpired = false;
                blockId++;
                if (reserve > 1) {
                    scheduleExpiry(blockId, blockLifetime);
                }
            }
        }
        voidOutside(surplusFrom, surplus, reason);
        return new Reservation(first, at);
    }

    /**
     * The highest position reserved so far that is not in this engine's unused remainder, nor in a remainder it
     * voided: the counter, unless the counter ends with one of those. A voided remainder at the top of the counter
     * holds no events, and no processor's stored token moves past it until a later event: counted in the head, it
     * would show every projection as lagging while nothing is left to process.
     */
    long lastAllocated() {
        long allocated = counter.lastAllocated();
        synchronized (this) {
            if (remaining() > 0 && allocated == end) {
                return next - 1;
            }
            if (voidedFrom > 0 && allocated == voidedTo) {
                return voidedFrom - 1;
            }
        }
        return allocated;
    }

    // Under the lock: waits while another thread refills the block, so that this commit is handed a position of the
    // new block instead of one above it. An interrupted wait gives up waiting and keeps the interrupt.
    private void awaitRefill() {
        while (refilling) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Voids the remainder if its block has expired; the expiry timer calls this, tests may too. */
    void voidExpired() {
        long from;
        int count;
        synchronized (this) {
            from = next;
            count = expireIfDue(clock.instant());
        }
        voidOutside(from, count, "position block expired");
    }

    /** How many positions this engine holds unused. */
    synchronized long unused() {
        return remaining();
    }

    /** Voids the unused remainder; positions are reserved one commit at a time from then on. */
    void close() {
        long from;
        long count;
        synchronized (this) {
            closed = true;
            from = next;
            count = remaining();
            voided(from, count);
            next = end + 1;
            if (expiry != null) {
                expiry.shutdownNow();
            }
        }
        voidOutside(from, (int) count, "engine closed");
    }

    // Under the lock: empties an expired block and returns how many positions it left (to void outside the lock).
    // A block also expires once the counter, as this engine last saw it (its trackers read it on every fetch), has
    // run an eighth of the max gap offset past the block's next position.
    private int expireIfDue(Instant now) {
        long left = remaining();
        if (left == 0 || (now.isBefore(expiresAt) && counter.highestSeen() - next < maxGapOffset / SAFETY)) {
            return 0;
        }
        long used = next - start;
        size = Integer.highestOneBit((int) Math.max(1, Math.min(maxBlockSize, used)));
        lastExpired = true;
        voided(next, left);
        next = end + 1;
        return (int) left;
    }

    // Under the lock: learns how fast the counter moves without this engine and returns how long a block reserved now may be handed out from.
    private Duration observeCounter(long counterNow, int reservedNow, Instant at) {
        Duration allowed = lifetime;
        if (lastCounter >= 0 && lastCounterAt != null) {
            long others = counterNow - reservedNow - lastCounter;
            long millis = Math.max(1, Duration.between(lastCounterAt, at).toMillis());
            if (others > 0) {
                // time for the others to allocate maxGapOffset / SAFETY positions at the rate just seen
                long safeMillis = (long) maxGapOffset * millis / (SAFETY * others);
                allowed = safeMillis < allowed.toMillis() ? Duration.ofMillis(safeMillis) : allowed;
            }
        }
        lastCounter = counterNow;
        lastCounterAt = at;
        allowedLifetime = allowed;
        return allowed;
    }

    // Under the lock: remembers the positions about to be voided, for lastAllocated().
    private void voided(long from, long count) {
        if (count > 0) {
            voidedFrom = from;
            voidedTo = from + count - 1;
        }
    }

    private long remaining() {
        return Math.max(0, end - next + 1);
    }

    private void scheduleExpiry(long id, Duration after) {
        if (expiry == null) {
            expiry = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "caretrail-position-blocks");
                thread.setDaemon(true);
                return thread;
            });
        }
        expiry.schedule(() -> expireLater(id), Math.max(1, after.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void expireLater(long id) {
        synchronized (this) {
            if (id != blockId || closed || remaining() == 0) {
                return;
            }
            if (clock.instant().isBefore(expiresAt)) {
                // the engine's clock is behind the timer's: look again soon
                expiry.schedule(() -> expireLater(id), Math.max(1, lifetime.toMillis() / 4), TimeUnit.MILLISECONDS);
                return;
            }
        }
        voidExpired();
    }

    private void voidOutside(long from, long count, String reason) {
        if (count <= 0) {
            return;
        }
        LOGGER.debug("Voiding positions {}..{} ({})", from, from + count - 1, reason);
        voider.voidPositions(from, (int) count, reason);
    }
}
