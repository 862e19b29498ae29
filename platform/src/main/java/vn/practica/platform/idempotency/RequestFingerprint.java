package vn.practica.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The request as the draft compares it: method, path and SHA-256 of the body. The body is hashed as the
 * endpoint reads it ({@link RequestFingerprintFilter}), so it is never held twice, however large.
 */
@RequestScoped
public class RequestFingerprint {
    private String method = "";
    private String path = "";
    private HashingStream body;

    /** Starts hashing {@code entity}; returns the stream the endpoint must read instead. */
    InputStream watch(String method, String path, InputStream entity) {
        this.method = method;
        this.path = path;
        this.body = new HashingStream(entity);
        return body;
    }

    /** The fingerprint, once the endpoint has read its body; an unread rest is read (within the body limit). */
    String value() {
        MessageDigest request = sha256();
        request.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
        request.update(bodyHash());
        return HexFormat.of().formatHex(request.digest());
    }

    private byte[] bodyHash() {
        if (body == null) {
            return sha256().digest();
        }
        body.drain();
        return body.getMessageDigest().digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Hashes what the endpoint reads, and what it leaves unread when it stops early or closes the stream (a JSON
     * reader may stop at the document's end), so the hash always covers the whole body.
     */
    private static final class HashingStream extends DigestInputStream {
        private boolean closed;

        HashingStream(InputStream entity) {
            super(entity, sha256());
        }

        void drain() {
            if (closed) {
                return;
            }
            try {
                transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                drain();
                closed = true;
            }
            super.close();
        }
    }
}
