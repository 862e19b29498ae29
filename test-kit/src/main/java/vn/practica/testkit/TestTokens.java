package vn.practica.testkit;

import java.nio.file.Path;
import java.time.Duration;
import vn.practica.devkit.DevKeys;
import vn.practica.devkit.DevTokens;
import vn.practica.platform.security.Roles;

/** Bearer tokens for tests, signed by the test key pair the services under test trust. */
public final class TestTokens {
    public static final String ISSUER = DevTokens.DEFAULT_ISSUER;
    private static final Duration LIFETIME = Duration.ofHours(1);

    private static DevKeys keys;

    private TestTokens() {}

    static synchronized DevKeys keys() {
        if (keys == null) {
            keys = DevKeys.inDirectory(Path.of("target", "test-keys"));
        }
        return keys;
    }

    public static String token(String role, String org) {
        return new DevTokens(keys(), ISSUER).mint("user-" + role, role, org, LIFETIME);
    }

    /** A token for user {@code subject}: a student signing in by the login subject their school registered. */
    public static String user(String subject, String role, String org) {
        return new DevTokens(keys(), ISSUER).mint(subject, role, org, LIFETIME);
    }

    public static String state() {
        return token(Roles.STATE, "MOST");
    }

    public static String school(String org) {
        return token(Roles.SCHOOL, org);
    }

    public static String business(String org) {
        return token(Roles.BUSINESS, org);
    }

    public static String student(String org) {
        return token(Roles.STUDENT, org);
    }

    /** Signed by a key the services do not trust. */
    public static String forged() {
        DevKeys stranger = DevKeys.inDirectory(Path.of("target", "stranger-keys"));
        return new DevTokens(stranger, ISSUER).mint("intruder", Roles.STATE, "MOST", LIFETIME);
    }

    /** Correctly signed but already expired. */
    public static String expired() {
        return new DevTokens(keys(), ISSUER).mint("late", Roles.STATE, "MOST", Duration.ofHours(-1));
    }
}
