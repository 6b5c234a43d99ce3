package org.caretrail.infra.hl7;

import java.nio.charset.Charset;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * How an MLLP listener listens: address and port (0 picks a free one), the charset of its frames, the fixed
 * integration identity its messages' events record as actor (MSH-3 is the sender's claim, not an identity),
 * and optionally TLS, with client certificates required when {@code needClientAuth} (mutual TLS).
 */
public record MllpOptions(String bindAddress, int port, Charset charset, String identity, SSLContext tls,
                          boolean needClientAuth) {

    public MllpOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(charset, "charset");
        identity = identity == null || identity.isBlank() ? Hl7Caller.DEFAULT_LISTENER : identity;
        if (needClientAuth && tls == null) {
            throw new IllegalArgumentException("client certificates need TLS");
        }
    }

    /** Plain TCP, with the default listener identity. */
    public static MllpOptions plain(String bindAddress, int port, Charset charset) {
        return new MllpOptions(bindAddress, port, charset, null, null, false);
    }
}
