package org.caretrail.infra.hl7;

/** What the framer read: a complete message, a malformed frame, or bytes outside any frame. */
record MllpFrame(Kind kind, byte[] content, String problem) {

    enum Kind { MESSAGE, MALFORMED, UNFRAMED }

    static MllpFrame message(byte[] content) {
        return new MllpFrame(Kind.MESSAGE, content, null);
    }

    static MllpFrame malformed(byte[] content, String problem) {
        return new MllpFrame(Kind.MALFORMED, content, problem);
    }

    static MllpFrame unframed(byte[] content) {
        return new MllpFrame(Kind.UNFRAMED, content, "bytes outside an MLLP frame");
    }
}
