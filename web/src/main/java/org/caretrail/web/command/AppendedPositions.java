package org.caretrail.web.command;

import java.util.OptionalLong;

/** The global position of the last event the current thread appended to the event store. */
public interface AppendedPositions {

    OptionalLong lastAppendedByCurrentThread();

    void forgetCurrentThread();

    /** The highest position allocated so far in the store. */
    long head();

    /**
     * The position to hand back for what the current thread just did: its last appended event, or
     * the store's head when it recorded nothing (an idempotent repeat), so that a client waiting
     * for it still reads a state that includes the earlier write.
     */
    default long lastAppendedOrHead() {
        OptionalLong appended = lastAppendedByCurrentThread();
        return appended.isPresent() ? appended.getAsLong() : head();
    }
}
