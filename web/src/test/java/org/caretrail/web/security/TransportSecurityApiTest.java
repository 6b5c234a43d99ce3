package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * CareTrail on TLS with a self-signed certificate made for the test (keytool of the running JDK):
 * HSTS, a Content-Security-Policy on Swagger UI's page, and health details for administrators only.
 */
@ApiTest
class TransportSecurityApiTest {

    private static final String PASSWORD = "test-keystore-password";
    private static final Path KEYSTORE = selfSignedKeystore();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", () -> KEYSTORE.toString());
        registry.add("server.ssl.key-store-password", () -> PASSWORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.key-alias", () -> "caretrail");
    }

    @Test
    void answersOverTlsWithHstsAndACspOnTheSwaggerPage() throws Exception {
        HttpResponse<String> page = get("/swagger-ui/index.html", "tester:tester-password");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.POLICY);
        assertThat(get("/api/v1/episodes/E-1", null).headers().firstValue("Content-Security-Policy"))
                .as("refusals too").isPresent();
    }

    @Test
    void healthShowsItsDetailsToAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        HttpResponse<String> admin = get("/actuator/health", "admin:admin-password");
        HttpResponse<String> quality = get("/actuator/health", "quality:quality-password");

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"UP\"").doesNotContain("components");
        assertThat(quality.body()).doesNotContain("components");
        assertThat(admin.body()).contains("components");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes()));
        }
        return client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYSTORE)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    private static Path selfSignedKeystore() {
        try {
            Path directory = Files.createTempDirectory("caretrail-tls");
            Path keystore = directory.resolve("caretrail.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "caretrail",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                    "-storepass", PASSWORD, "-keypass", PASSWORD)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            return keystore;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
