package org.caretrail.infra.hl7;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A sending system's end of an MLLP connection, for tests. */
final class MllpClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final MllpFramer acks;

    MllpClient(int port) throws IOException {
        this(new Socket("127.0.0.1", port));
    }

    /** Over a socket made elsewhere, such as a TLS one. */
    MllpClient(Socket connected) throws IOException {
        socket = connected;
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        acks = new MllpFramer(socket.getInputStream(), MllpServer.MAX_FRAME_BYTES);
    }

    void send(String message) throws IOException {
        out.write(MllpFramer.START);
        writeRaw(message.getBytes(StandardCharsets.UTF_8));
        out.write(MllpFramer.END);
        out.write(MllpFramer.CR);
        out.flush();
    }

    void writeRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    String readAck() throws IOException {
        MllpFrame frame = acks.next();
        if (frame == null || frame.kind() != MllpFrame.Kind.MESSAGE) {
            throw new IOException("expected an ACK frame, got " + frame);
        }
        return new String(frame.content(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
