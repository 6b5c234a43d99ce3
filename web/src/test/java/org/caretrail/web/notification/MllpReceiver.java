package org.caretrail.web.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An HL7 interface engine's MLLP listener, started by a test: it answers every framed message with an AA ACK naming
 * the message's control id (or, when told to be silent, takes the connection and never answers), and keeps the
 * messages it acknowledged.
 */
final class MllpReceiver implements AutoCloseable {

    private final ServerSocket server;
    private final boolean silent;
    private final List<String> messages = new ArrayList<>();
    private final Thread acceptor;
    private volatile int connections;

    MllpReceiver(boolean silent) {
        this.silent = silent;
        try {
            server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "test-mllp-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String endpoint() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    int connections() {
        return connections;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections++;
                Thread connection = new Thread(() -> serve(socket), "test-mllp-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String message;
            while ((message = readFrame(in)) != null) {
                if (silent) {
                    continue;
                }
                String controlId = message.split("\r")[0].split("\\|", -1)[9];
                synchronized (this) {
                    messages.add(message);
                }
                String ack = "MSH|^~\\&|ENGINE|HIE|CARETRAIL|F|20260301100000||ACK|A-" + controlId + "|P|2.5.1\r"
                        + "MSA|AA|" + controlId + "\r";
                out.write(0x0B);
                out.write(ack.getBytes(StandardCharsets.UTF_8));
                out.write(0x1C);
                out.write(0x0D);
                out.flush();
            }
        } catch (IOException e) {
            // the sender hung up: nothing more to read on this connection
        }
    }

    private static String readFrame(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) != 0x0B) {
            if (b == -1) {
                return null;
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int previous = -1;
        while ((b = in.read()) != -1) {
            if (previous == 0x1C && b == 0x0D) {
                byte[] bytes = content.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            }
            content.write(b);
            previous = b;
        }
        return null;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
