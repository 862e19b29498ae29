package vn.practica.placement.credential;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** An issued credential as its readers see it: the summary and its signed form. */
public record CredentialView(
        UUID id,
        UUID placementId,
        UUID schoolId,
        String achievement,
        Instant issuedAt,
        boolean shared,
        Instant revokedAt,
        String jwt) {
    /** The credential itself, the JWS payload: the OpenBadgeCredential as JSON, for reading (the JWS verifies). */
    public String credentialJson() {
        return new String(
                Base64.getUrlDecoder().decode(jwt.substring(jwt.indexOf('.') + 1, jwt.lastIndexOf('.'))),
                StandardCharsets.UTF_8);
    }

    static CredentialView of(StoredCredential c) {
        return new CredentialView(
                c.id(),
                c.placementId(),
                c.schoolId(),
                c.achievement(),
                c.issuedAt(),
                c.shared(),
                c.revokedAt(),
                c.jwt());
    }
}
