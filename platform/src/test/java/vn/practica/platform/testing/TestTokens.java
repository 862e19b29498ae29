package vn.practica.platform.testing;

import java.nio.file.Path;
import java.time.Duration;
import vn.practica.devkit.DevKeys;
import vn.practica.devkit.DevTokens;

/** Bearer tokens for the platform's own HTTP tests, signed by the key pair the test app trusts. */
public final class TestTokens {
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final String ROLE = "state";

    private static DevKeys keys;

    private TestTokens() {}

    static synchronized DevKeys keys() {
        if (keys == null) {
            keys = DevKeys.inDirectory(Path.of("target", "test-keys"));
        }
        return keys;
    }

    /** A user of organization {@code org}. */
    public static String ofOrganization(String org) {
        return new DevTokens(keys(), DevTokens.DEFAULT_ISSUER).mint("user-of-" + org, ROLE, org, LIFETIME);
    }

    /** A user of organization {@code org} in {@code role}. */
    public static String of(String role, String org) {
        return new DevTokens(keys(), DevTokens.DEFAULT_ISSUER).mint("user-" + role, role, org, LIFETIME);
    }

    /** Signed by a key the test app does not trust. */
    public static String forged() {
        DevKeys stranger = DevKeys.inDirectory(Path.of("target", "stranger-keys"));
        return new DevTokens(stranger, DevTokens.DEFAULT_ISSUER).mint("intruder", ROLE, "X", LIFETIME);
    }
}
