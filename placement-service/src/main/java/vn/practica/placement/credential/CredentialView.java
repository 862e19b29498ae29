package vn.practica.placement.credential;

import java.time.Instant;
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
