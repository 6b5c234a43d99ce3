package org.caretrail.domain.episode.api;

/** What the patient did with a delivered notice. */
public enum NoticeOutcome {
    SIGNED,
    REFUSED
}
