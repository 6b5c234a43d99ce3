package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MLLP over TLS, with client certificates required, and the listener's identity on what it records. */
class MllpTlsTest {

    @TempDir
    static Path dir;
    private static TestCertificates certificates;

    private final Hl7TestRig rig = new Hl7TestRig();
    private MllpServer server;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = new TestCertificates(dir);
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
        rig.close();
    }

    private void start(boolean needClientAuth) throws IOException, GeneralSecurityException {
        server = MllpServer.start(rig.inbox(), new MllpOptions("127.0.0.1", 0, StandardCharsets.UTF_8, "mllp-tls",
                certificates.server(), needClientAuth));
    }

    private MllpClient connect(SSLContext client) throws IOException {
        SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", server.port());
        socket.setSoTimeout(30_000);
        socket.startHandshake();
        return new MllpClient(socket);
    }

    @Test
    void aClientWithATrustedCertificateIsAnsweredAndItsEventsRecordTheListenersIdentity() throws Exception {
        start(true);
        try (MllpClient client = connect(certificates.client())) {
            client.send(Corpus.message("cerner-27-cancellations", 0));

            assertThat(Hl7Assertions.ackCode(client.readAck())).isEqualTo("AA");
        }
        assertThat(rig.events("CV7000123").get(0).getMetaData())
                .containsEntry("actor", "mllp-tls")
                .containsEntry("sendingApplication", "CERNER");
    }

    @Test
    void mutualTlsRefusesAClientWithoutACertificateOrWithAnUntrustedOne() throws Exception {
        start(true);

        for (SSLContext refused : new SSLContext[] {certificates.anonymous(), certificates.stranger()}) {
            assertThatThrownBy(() -> {
                try (MllpClient client = connect(refused)) {
                    client.send(Corpus.message("cerner-27-cancellations", 0));
                    client.readAck();
                }
            }).isInstanceOf(IOException.class);
        }
        assertThat(rig.events("CV7000123")).isEmpty();
    }

    @Test
    void plainTlsTakesAClientWithoutACertificateButNotPlainText() throws Exception {
        start(false);
        try (MllpClient client = connect(certificates.anonymous())) {
            client.send(Corpus.message("cerner-27-cancellations", 0));
            assertThat(Hl7Assertions.ackCode(client.readAck())).isEqualTo("AA");
        }
        assertThatThrownBy(() -> {
            try (MllpClient plain = new MllpClient(server.port())) {
                plain.send(Corpus.message("cerner-27-cancellations", 1));
                plain.readAck();
            }
        }).isInstanceOf(IOException.class);
    }
}
