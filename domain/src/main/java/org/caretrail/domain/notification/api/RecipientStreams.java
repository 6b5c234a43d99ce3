package org.caretrail.domain.notification.api;

/** The event stream of a recipient, prefixed so that it never shares an identifier with an episode or a patient. */
public final class RecipientStreams {

    private RecipientStreams() {
    }

    public static String of(String recipientId) {
        return "recipient/" + recipientId;
    }
}
