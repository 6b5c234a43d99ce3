package org.caretrail.web.command;

import org.axonframework.messaging.MetaData;

/** Who is sending the current command: the metadata every recorded event carries. */
public interface CallerMetadata {

    /** The caller's metadata under the keys of {@link org.caretrail.domain.episode.api.EventMetadata}. */
    MetaData current();
}
