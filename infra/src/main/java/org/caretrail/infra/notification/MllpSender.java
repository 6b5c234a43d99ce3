package org.caretrail.infra.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Forwards a notice as an HL7 ADT message over MLLP and waits for the receiver's ACK: AA (or CA) is a delivery; an
 * AE or AR, an ACK for another message, a closed connection or a timeout is a failed attempt.
 */
final class MllpSender implements Sender {

    private static final int START = 0x0B;
    private static final int END = 0x1C;
    private static final int CR = 0x0D;
    private static final int MAX_ACK_BYTES = 64 * 1024;

    private final Clock clock;
    private final Duration connectTimeout;
    private final Duration responseTimeout;

    MllpSender(Clock clock, Duration connectTimeout, Duration responseTimeout) {
        this.clock = clock;
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
    }

    @Override
    public DeliveryResult send(Notice notice) {
        int colon = notice.endpoint().lastIndexOf(':');
        String host = notice.endpoint().substring(0, colon);
        int port = Integer.parseInt(notice.endpoint().substring(colon + 1));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) responseTimeout.toMillis());
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(START);
            frame.write(AdtMessage.of(notice, clock.instant()).getBytes(StandardCharsets.UTF_8));
            frame.write(END);
            frame.write(CR);
            out.write(frame.toByteArray());
            out.flush();
            return judge(readFrame(socket.getInputStream()), notice.notificationId());
        } catch (IOException e) {
            return DeliveryResult.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The ACK's MSA segment decides: its code, and that it acknowledges this message's control id. */
    static DeliveryResult judge(String ack, String controlId) {
        for (String segment : ack.split("[\r\n]+")) {
            if (segment.startsWith("MSA|")) {
                String[] fields = segment.split("\\|", -1);
                String code = fields.length > 1 ? fields[1] : "";
                String acknowledged = fields.length > 2 ? fields[2] : "";
                if (!acknowledged.equals(controlId)) {
                    return DeliveryResult.failed("the ACK acknowledges " + acknowledged + ", not " + controlId);
                }
                if (code.equals("AA") || code.equals("CA")) {
                    return DeliveryResult.ok();
                }
                String text = fields.length > 3 ? fields[3] : "";
                return DeliveryResult.failed("the receiver answered " + code + (text.isEmpty() ? "" : ": " + text));
            }
        }
        return DeliveryResult.failed("the answer holds no MSA segment");
    }

    private static String readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        boolean started = false;
        int previous = -1;
        int b;
        while ((b = in.read()) != -1) {
            if (!started) {
                started = b == START;
                continue;
            }
            if (previous == END && b == CR) {
                byte[] bytes = content.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            }
            content.write(b);
            if (content.size() > MAX_ACK_BYTES) {
                throw new IOException("the ACK is larger than " + MAX_ACK_BYTES + " bytes");
            }
            previous = b;
        }
        throw new IOException("the receiver closed the connection without an ACK");
    }
}
