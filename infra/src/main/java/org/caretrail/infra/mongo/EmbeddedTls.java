package org.caretrail.infra.mongo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The key material of one start of the embedded server's mutual-TLS listener: a server key pair
 * and a client key pair (EC P-256), each with a self-signed certificate made here, in memory.
 *
 * <p>The server trusts exactly the client certificate and the client exactly the server
 * certificate, so no other key, however signed, opens a connection. The JDK has no public API to
 * issue a certificate, so the X.509 v1 structure is written in DER here (RFC 5280, section 4.1)
 * and signed with SHA256withECDSA.
 */
final class EmbeddedTls {

    private static final String KEY_ALGORITHM = "EC";
    private static final String SIGNATURE = "SHA256withECDSA";
    // 1.2.840.10045.4.3.2, ecdsa-with-SHA256
    private static final byte[] ECDSA_WITH_SHA256 = {0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02};
    // 2.5.4.3, commonName
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
    private static final char[] NO_PASSWORD = new char[0];

    private final PrivateKey serverKey;
    private final X509Certificate serverCertificate;
    private final PrivateKey clientKey;
    private final X509Certificate clientCertificate;

    private EmbeddedTls(PrivateKey serverKey, X509Certificate serverCertificate, PrivateKey clientKey,
                        X509Certificate clientCertificate) {
        this.serverKey = serverKey;
        this.serverCertificate = serverCertificate;
        this.clientKey = clientKey;
        this.clientCertificate = clientCertificate;
    }

    /** Fresh keys and certificates, never written anywhere by this method. */
    static EmbeddedTls generate() {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance(KEY_ALGORITHM);
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair server = generator.generateKeyPair();
            KeyPair client = generator.generateKeyPair();
            return new EmbeddedTls(server.getPrivate(), selfSigned(server, "caretrail-embedded-mongodb", random),
                    client.getPrivate(), selfSigned(client, "caretrail-embedded-client", random));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the embedded MongoDB's TLS keys", e);
        }
    }

    PrivateKey serverKey() {
        return serverKey;
    }

    X509Certificate serverCertificate() {
        return serverCertificate;
    }

    X509Certificate clientCertificate() {
        return clientCertificate;
    }

    /** The client side: presents the client certificate and trusts only the server certificate. */
    SSLContext clientContext() {
        return clientContext(clientKey, clientCertificate, serverCertificate);
    }

    static SSLContext clientContext(PrivateKey key, X509Certificate certificate, X509Certificate trusted) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("client", key, NO_PASSWORD, new X509Certificate[]{certificate});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, NO_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keyManagers.getKeyManagers(), trustOnly(trusted), new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the embedded MongoDB client's TLS context", e);
        }
    }

    /** Trust managers that accept this one certificate and nothing else. */
    static TrustManager[] trustOnly(X509Certificate trusted) throws GeneralSecurityException {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("trusted", trusted);
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            return trustManagers.getTrustManagers();
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** The client's half as text, for the owner-only credentials file of a persistent server. */
    Properties clientCredentials(int port) {
        Base64.Encoder base64 = Base64.getEncoder();
        Properties properties = new Properties();
        try {
            properties.setProperty("port", Integer.toString(port));
            properties.setProperty("clientKey", base64.encodeToString(clientKey.getEncoded()));
            properties.setProperty("clientCertificate", base64.encodeToString(clientCertificate.getEncoded()));
            properties.setProperty("serverCertificate", base64.encodeToString(serverCertificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    /** The client context from a credentials file's properties. */
    static SSLContext clientContext(Properties credentials) {
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            PrivateKey key = KeyFactory.getInstance(KEY_ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(base64.decode(required(credentials, "clientKey"))));
            return clientContext(key, certificate(base64.decode(required(credentials, "clientCertificate"))),
                    certificate(base64.decode(required(credentials, "serverCertificate"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the embedded MongoDB credentials file is damaged", e);
        }
    }

    private static String required(Properties credentials, String name) {
        String value = credentials.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("the embedded MongoDB credentials file has no " + name);
        }
        return value;
    }

    static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    /** A self-signed X.509 v1 certificate for the key pair, valid from a minute ago for ten years. */
    static X509Certificate selfSigned(KeyPair pair, String commonName, SecureRandom random)
            throws GeneralSecurityException {
        byte[] algorithm = der(0x30, ECDSA_WITH_SHA256);
        byte[] name = der(0x30, der(0x31, der(0x30, COMMON_NAME, der(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        byte[] validity = der(0x30, utcTime(now.minusMinutes(1)), utcTime(now.plusYears(10)));
        byte[] serial = der(0x02, new BigInteger(63, random).add(BigInteger.ONE).toByteArray());
        byte[] toBeSigned = der(0x30, serial, algorithm, name, validity, name, pair.getPublic().getEncoded());
        Signature signer = Signature.getInstance(SIGNATURE);
        signer.initSign(pair.getPrivate(), random);
        signer.update(toBeSigned);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1]; // no unused bits
        System.arraycopy(signature, 0, bits, 1, signature.length);
        return certificate(der(0x30, toBeSigned, algorithm, der(0x03, bits)));
    }

    private static byte[] utcTime(ZonedDateTime time) {
        return der(0x17, UTC_TIME.format(time).getBytes(StandardCharsets.US_ASCII));
    }

    /** One DER element: tag, definite length, then the parts' bytes. */
    static byte[] der(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        int length = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 6);
        out.write(tag);
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
                out.write(length >>> shift);
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
