package org.caretrail.infra.hl7;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Self-signed certificates for a server and a client, made with the JDK's keytool, and SSL contexts of them. */
final class TestCertificates {

    private static final String PASSWORD = "test-only";

    private final Path dir;

    TestCertificates(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        for (String name : List.of("server", "client", "stranger")) {
            keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + (name.equals("server") ? "localhost" : name), "-ext",
                    "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", file(name + ".p12"),
                    "-storetype", "PKCS12", "-storepass", PASSWORD);
            keytool("-exportcert", "-alias", name, "-keystore", file(name + ".p12"), "-storepass", PASSWORD,
                    "-file", file(name + ".crt"));
        }
        trust("server-trusts.p12", "client");
        trust("client-trusts.p12", "server");
    }

    /** The server's context; it trusts the client's certificate (not the stranger's). */
    SSLContext server() throws IOException, GeneralSecurityException {
        return context("server.p12", "server-trusts.p12");
    }

    SSLContext client() throws IOException, GeneralSecurityException {
        return context("client.p12", "client-trusts.p12");
    }

    /** A client with a certificate the server does not trust. */
    SSLContext stranger() throws IOException, GeneralSecurityException {
        return context("stranger.p12", "client-trusts.p12");
    }

    /** A client without a certificate of its own. */
    SSLContext anonymous() throws IOException, GeneralSecurityException {
        return context(null, "client-trusts.p12");
    }

    private void trust(String store, String name) throws IOException, InterruptedException {
        keytool("-importcert", "-noprompt", "-alias", name, "-file", file(name + ".crt"), "-keystore", file(store),
                "-storetype", "PKCS12", "-storepass", PASSWORD);
    }

    private SSLContext context(String keys, String trusted) throws IOException, GeneralSecurityException {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys == null ? null : load(keys), PASSWORD.toCharArray());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(load(trusted));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private KeyStore load(String name) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
        }
    }
}
