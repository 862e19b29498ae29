package vn.practica.placement.credential;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued credential as stored: whose it is, who issued it, its signed form (VC-JWT), where its revocation bit
 * is, whether its holder shares it publicly and, once revoked, when.
 */
record StoredCredential(
        UUID id,
        UUID placementId,
        UUID studentId,
        UUID schoolId,
        UUID businessId,
        int statusList,
        int statusIndex,
        String kid,
        String achievement,
        String jwt,
        Instant issuedAt,
        boolean shared,
        Instant revokedAt) {
    boolean revoked() {
        return revokedAt != null;
    }
}
