package org.caretrail.web.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One MLLP connection of the demo feed: sends a message in its frame and waits for the ACK. */
final class MllpClient implements AutoCloseable {

    private static final int START = 0x0B;
    private static final int END = 0x1C;
    private static final int CR = 0x0D;

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    MllpClient(String host, int port) {
        try {
            this.socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            this.out = socket.getOutputStream();
            this.in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach CareTrail's MLLP listener on " + host + ":" + port, e);
        }
    }

    /** Sends the message and returns the acknowledgement code of its ACK (MSA-1: AA, AE or AR). */
    String send(String message) {
        try {
            ByteArrayOutputStream frame = new ByteArrayOutputStream(message.length() + 3);
            frame.write(START);
            frame.writeBytes(message.getBytes(StandardCharsets.UTF_8));
            frame.write(END);
            frame.write(CR);
            out.write(frame.toByteArray());
            out.flush();
            return ackCode(readFrame());
        } catch (IOException e) {
            throw new UncheckedIOException("the MLLP connection failed", e);
        }
    }

    private String readFrame() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int b = in.read();
        while (b != START) {
            if (b < 0) {
                throw new IOException("CareTrail closed the MLLP connection");
            }
            b = in.read();
        }
        while ((b = in.read()) != END) {
            if (b < 0) {
                throw new IOException("CareTrail closed the MLLP connection inside a frame");
            }
            content.write(b);
        }
        in.read(); // the CR that ends the frame
        return content.toString(StandardCharsets.UTF_8);
    }

    private static String ackCode(String ack) {
        for (String segment : ack.split("[\r\n]+")) {
            if (segment.startsWith("MSA|")) {
                return segment.split("\\|", -1)[1];
            }
        }
        return "none";
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
