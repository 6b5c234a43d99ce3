package org.caretrail.web.command;

import org.axonframework.messaging.MetaData;

/** Who is sending the current command: the metadata every recorded event carries. */
public interface CallerMetadata {

    String ACTOR = "actor";
    String ROLE = "role";
    String SOURCE = "source";
    String SOURCE_MESSAGE_ID = "sourceMessageId";

    MetaData current();
}
