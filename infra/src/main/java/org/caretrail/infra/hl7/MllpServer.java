package org.caretrail.infra.hl7;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for HL7 over MLLP, plain or over TLS (optionally mutual): one thread per connection reads frames in
 * order and writes one ACK per frame on the same connection. Every message is recorded under the listener's
 * fixed integration identity. Bad input is answered or kept, never a reason to drop the connection; only the
 * sender closing it, a failed TLS handshake, or {@link #close()}, ends it.
 */
public final class MllpServer implements AutoCloseable {

    /** The default HL7 MLLP port. */
    public static final int DEFAULT_PORT = 2575;
    static final int MAX_FRAME_BYTES = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(MllpServer.class);

    private final Hl7Inbox inbox;
    private final Charset charset;
    private final Hl7Caller caller;
    private final ServerSocket serverSocket;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    private MllpServer(Hl7Inbox inbox, Charset charset, String identity, ServerSocket serverSocket) {
        this.inbox = inbox;
        this.charset = charset;
        this.caller = Hl7Caller.integration(identity);
        this.serverSocket = serverSocket;
        AtomicInteger counter = new AtomicInteger();
        this.connections = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "mllp-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Binds the port (0 picks a free one) on loopback only and starts accepting connections. */
    public static MllpServer start(Hl7Inbox inbox, int port, Charset charset) {
        return start(inbox, "127.0.0.1", port, charset);
    }

    /**
     * Binds the port (0 picks a free one) on the given address and starts accepting connections.
     * MLLP carries no credentials: whoever reaches the port can record events, so binding beyond
     * loopback belongs behind a network boundary the hospital controls (VPN, TLS tunnel).
     */
    public static MllpServer start(Hl7Inbox inbox, String bindAddress, int port, Charset charset) {
        return start(inbox, MllpOptions.plain(bindAddress, port, charset));
    }

    /** Binds and starts accepting connections as the options say. */
    public static MllpServer start(Hl7Inbox inbox, MllpOptions options) {
        try {
            ServerSocket socket = options.tls() == null ? new ServerSocket()
                    : options.tls().getServerSocketFactory().createServerSocket();
            if (socket instanceof SSLServerSocket tls) {
                tls.setNeedClientAuth(options.needClientAuth());
            }
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(options.bindAddress(), options.port()));
            MllpServer server = new MllpServer(inbox, options.charset(), options.identity(), socket);
            inbox.metrics().watchConnections(server);
            server.connections.execute(server::acceptLoop);
            log.info("MLLP listener on {}:{}{} as {}", options.bindAddress(), server.port(),
                    options.tls() == null ? "" : options.needClientAuth() ? " (mutual TLS)" : " (TLS)",
                    options.identity());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for MLLP on port " + options.port(), e);
        }
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** How many senders are connected now. */
    public int openConnections() {
        return open.size();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = serverSocket.accept();
                // an ACK is a whole frame written at once; send it without waiting to gather more
                socket.setTcpNoDelay(true);
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (running) {
                    log.warn("MLLP accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            MllpFramer framer = new MllpFramer(new BufferedInputStream(socket.getInputStream()), MAX_FRAME_BYTES);
            OutputStream out = socket.getOutputStream();
            MllpFrame frame;
            while ((frame = framer.next()) != null) {
                String text = new String(frame.content(), charset);
                switch (frame.kind()) {
                    case MESSAGE -> send(out, inbox.receive(text, caller, Hl7Transport.MLLP));
                    case MALFORMED -> send(out, inbox.rejectMalformed(text, frame.problem()));
                    case UNFRAMED -> {
                        log.warn("MLLP: {} bytes outside a frame from {}", frame.content().length,
                                socket.getRemoteSocketAddress());
                        inbox.recordUnframed(text);
                    }
                }
            }
        } catch (SocketException e) {
            log.debug("MLLP connection closed: {}", e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn("MLLP connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
        } finally {
            open.remove(socket);
        }
    }

    private void send(OutputStream out, String ack) throws IOException {
        byte[] body = ack.getBytes(charset);
        byte[] framed = new byte[body.length + 3];
        framed[0] = MllpFramer.START;
        System.arraycopy(body, 0, framed, 1, body.length);
        framed[body.length + 1] = MllpFramer.END;
        framed[body.length + 2] = MllpFramer.CR;
        out.write(framed);
        out.flush();
    }

    @Override
    public void close() {
        running = false;
        try {
            serverSocket.close();
        } catch (IOException e) {
            log.warn("closing the MLLP listener: {}", e.getMessage());
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                log.debug("closing an MLLP connection: {}", e.getMessage());
            }
        }
        connections.shutdownNow();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
