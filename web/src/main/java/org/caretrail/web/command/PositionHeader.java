package org.caretrail.web.command;

/** The {@code CareTrail-Position} header: a global event position for read-your-writes. */
public final class PositionHeader {

    public static final String NAME = "CareTrail-Position";

    private PositionHeader() {
    }
}
