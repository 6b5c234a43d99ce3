package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MllpFramerTest {

    @Test
    void framesAreReadOneByOneWithoutTheirBlockCharacters() throws IOException {
        List<MllpFrame> frames = read(bytes().frame("MSH|one").frame("MSH|two"), 100);

        assertThat(frames).extracting(MllpFrame::kind).containsExactly(MllpFrame.Kind.MESSAGE, MllpFrame.Kind.MESSAGE);
        assertThat(frames).extracting(MllpFramerTest::text).containsExactly("MSH|one", "MSH|two");
    }

    @Test
    void aMissingCarriageReturnAfterTheEndBlockAndBlankLinesBetweenFramesAreTolerated() throws IOException {
        Bytes input = bytes().raw(0x0B).text("MSH|one").raw(0x1C).text("\n\r\n").frame("MSH|two");

        assertThat(read(input, 100)).extracting(MllpFramerTest::text).containsExactly("MSH|one", "MSH|two");
    }

    @Test
    void aFrameCutOffByANewStartBlockIsMalformedAndTheNextFrameStillArrives() throws IOException {
        Bytes input = bytes().raw(0x0B).text("MSH|cut off").frame("MSH|whole");

        List<MllpFrame> frames = read(input, 100);

        assertThat(frames).extracting(MllpFrame::kind).containsExactly(MllpFrame.Kind.MALFORMED, MllpFrame.Kind.MESSAGE);
        assertThat(frames).extracting(MllpFramerTest::text).containsExactly("MSH|cut off", "MSH|whole");
    }

    @Test
    void bytesOutsideFramesAreReportedAndSkipped() throws IOException {
        Bytes input = bytes().text("GET / HTTP/1.1\r\n").frame("MSH|one");

        List<MllpFrame> frames = read(input, 100);

        assertThat(frames).extracting(MllpFrame::kind).containsExactly(MllpFrame.Kind.UNFRAMED, MllpFrame.Kind.MESSAGE);
        assertThat(text(frames.get(0))).isEqualTo("GET / HTTP/1.1\r\n");
    }

    @Test
    void aFrameLargerThanTheLimitIsMalformedAndTheStreamResynchronises() throws IOException {
        List<MllpFrame> frames = read(bytes().frame("MSH|" + "x".repeat(50)).frame("MSH|ok"), 20);

        assertThat(frames).extracting(MllpFrame::kind).containsExactly(MllpFrame.Kind.MALFORMED, MllpFrame.Kind.MESSAGE);
        assertThat(frames.get(0).content()).hasSize(20);
    }

    @Test
    void aFrameTheSenderNeverEndedIsReportedWhenTheStreamCloses() throws IOException {
        List<MllpFrame> frames = read(bytes().frame("MSH|one").raw(0x0B).text("MSH|half"), 100);

        assertThat(frames).extracting(MllpFrame::kind).containsExactly(MllpFrame.Kind.MESSAGE, MllpFrame.Kind.UNFRAMED);
        assertThat(text(frames.get(1))).isEqualTo("MSH|half");
    }

    private static List<MllpFrame> read(Bytes input, int maxFrameBytes) throws IOException {
        MllpFramer framer = new MllpFramer(new ByteArrayInputStream(input.out.toByteArray()), maxFrameBytes);
        List<MllpFrame> frames = new ArrayList<>();
        MllpFrame frame;
        while ((frame = framer.next()) != null) {
            frames.add(frame);
        }
        return frames;
    }

    private static String text(MllpFrame frame) {
        return new String(frame.content(), StandardCharsets.UTF_8);
    }

    private static Bytes bytes() {
        return new Bytes();
    }

    /** Builds a byte stream as a sender would write it. */
    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes raw(int b) {
            out.write(b);
            return this;
        }

        Bytes text(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Bytes frame(String text) {
            return raw(0x0B).text(text).raw(0x1C).raw(0x0D);
        }
    }
}
