package org.caretrail.infra.hl7;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads MLLP frames ({@code 0x0B message 0x1C 0x0D}) from a stream. Lenient where senders are
 * sloppy (a missing final CR, blank lines between frames), strict where content could be cut: a
 * start block inside a frame, or a frame past the size limit, is reported as malformed, never
 * delivered as a message. Bytes between frames are reported too, so that nothing is lost.
 */
final class MllpFramer {

    static final int START = 0x0B;
    static final int END = 0x1C;
    static final int CR = 0x0D;

    private final InputStream in;
    private final int maxFrameBytes;
    private final ByteArrayOutputStream outside = new ByteArrayOutputStream();
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private boolean inFrame;
    private boolean oversized;

    MllpFramer(InputStream in, int maxFrameBytes) {
        this.in = in;
        this.maxFrameBytes = maxFrameBytes;
    }

    /** The next frame, or null at the end of the stream with nothing left to report. */
    MllpFrame next() throws IOException {
        int b;
        while ((b = in.read()) != -1) {
            if (!inFrame) {
                if (b == START) {
                    inFrame = true;
                    MllpFrame garbage = drainOutside();
                    if (garbage != null) {
                        return garbage;
                    }
                    continue;
                }
                outside.write(b);
                if (outside.size() >= maxFrameBytes) {
                    return drainOutside();
                }
                continue;
            }
            if (b == START) {
                MllpFrame cut = finish(true);
                inFrame = true; // the new start block opens the next frame
                return cut;
            }
            if (b == END) {
                return finish(false);
            }
            if (frame.size() >= maxFrameBytes) {
                oversized = true;
            } else {
                frame.write(b);
            }
        }
        if (inFrame) {
            MllpFrame cut = MllpFrame.unframed(frame.toByteArray());
            frame.reset();
            inFrame = false;
            return cut;
        }
        return drainOutside();
    }

    private MllpFrame finish(boolean cutByNewStart) {
        byte[] content = frame.toByteArray();
        frame.reset();
        inFrame = false;
        boolean tooLarge = oversized;
        oversized = false;
        if (cutByNewStart) {
            return MllpFrame.malformed(content, "the frame was cut off by a new start block before its end block");
        }
        if (tooLarge) {
            return MllpFrame.malformed(content, "the frame exceeds " + maxFrameBytes + " bytes");
        }
        return MllpFrame.message(content);
    }

    /** Whitespace between frames (the CR after an end block, stray newlines) is not worth keeping. */
    private MllpFrame drainOutside() {
        byte[] bytes = outside.toByteArray();
        outside.reset();
        for (byte x : bytes) {
            if (!Character.isWhitespace(x)) {
                return MllpFrame.unframed(bytes);
            }
        }
        return null;
    }
}
