package org.caretrail.domain.notification;

/** The one public handle on the package-private recipient command side: its type, for Axon's configuration. */
public final class RecipientAggregate {

    private RecipientAggregate() {
    }

    /** The Recipient aggregate's class. */
    public static Class<?> type() {
        return Recipient.class;
    }
}
