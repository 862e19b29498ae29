package vn.practica.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key placement-service seals its credential signing keys with on a developer's stack
 * ({@code PRACTICA_CREDENTIALS_KEY_ENCRYPTION_KEY}): 32 random bytes made on the machine the first time, kept next to
 * the dev token keys (never committed), so a restarted stack still opens the keys its database holds.
 */
public final class DevCredentialKey {
    private static final String FILE = "credential-key-encryption-key.b64";

    private DevCredentialKey() {}

    /** The key kept in {@code dir}, base64, generated and saved the first time. */
    public static String inDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded, StandardCharsets.US_ASCII);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
