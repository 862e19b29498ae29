package vn.practica.devkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Mints RS256 bearer tokens shaped like the ones production's OIDC provider issues. Dev and test only. */
public final class DevTokens {
    public static final String DEFAULT_ISSUER = "https://auth.practica.local/dev";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final DevKeys keys;
    private final String issuer;

    public DevTokens(DevKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    public String issuer() {
        return issuer;
    }

    /** A token for user {@code subject} of organization {@code org} (may be null) in {@code role}. */
    public String mint(String subject, String role, String org, Duration lifetime) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{")
                .append(string("iss", issuer))
                .append(',')
                .append(string("sub", subject))
                .append(',')
                .append(string("upn", subject))
                .append(',')
                .append(string("jti", UUID.randomUUID().toString()))
                .append(",\"groups\":[\"")
                .append(escape(role))
                .append("\"]");
        if (org != null) {
            claims.append(',').append(string("org", org));
        }
        claims.append(",\"iat\":").append(now.getEpochSecond());
        claims.append(",\"exp\":").append(now.plus(lifetime).getEpochSecond()).append('}');
        return sign("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claims.toString());
    }

    private String sign(String header, String claims) {
        String input = encode(header) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.privateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign dev token", e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String string(String name, String value) {
        return "\"" + name + "\":\"" + escape(value) + "\"";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
