package org.caretrail.web.command;

import java.util.OptionalLong;

/** The global position of the last event the current thread appended to the event store. */
public interface AppendedPositions {

    OptionalLong lastAppendedByCurrentThread();

    void forgetCurrentThread();

    /** The highest position allocated so far in the store. */
    long head();
}
