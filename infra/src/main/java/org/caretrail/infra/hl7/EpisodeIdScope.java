package org.caretrail.infra.hl7;

/**
 * What makes a visit number unique at a sender: visit numbers are only unique per facility (or per the
 * assigning authority of PV1-19.4), so a feed of several facilities may qualify the episode id.
 */
public enum EpisodeIdScope {
    /** The visit number itself is the episode id: one facility, or numbers unique across facilities. */
    VISIT_NUMBER,
    /** {@code <facility>:<visit number>}. */
    FACILITY,
    /** {@code <assigning authority of the visit number>:<visit number>}, the facility when it has none. */
    ASSIGNING_AUTHORITY
}
