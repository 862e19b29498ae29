package vn.practica.placement.credential;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a signing key's private half before it is stored (AES-256-GCM, a fresh 12-byte nonce, the key id as
 * associated data so a sealed key cannot be moved to another row) with the key from
 * {@code practica.credentials.key-encryption-key} ({@link CredentialConfig}).
 */
@ApplicationScoped
class KeySealer {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    KeySealer(CredentialConfig config) {
        byte[] raw = Base64.getDecoder().decode(config.keyEncryptionKey().trim());
        if (raw.length != 32) {
            throw new IllegalStateException("practica.credentials.key-encryption-key must be 32 bytes, base64");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    byte[] seal(String kid, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, kid, nonce, plain);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    byte[] open(String kid, byte[] sealed) {
        ByteBuffer in = ByteBuffer.wrap(sealed);
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] body = new byte[in.remaining()];
        in.get(body);
        return crypt(Cipher.DECRYPT_MODE, kid, nonce, body);
    }

    private byte[] crypt(int mode, String kid, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " cannot be (un)sealed with the configured key", e);
        }
    }
}
