package vn.practica.placement.credential;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issued credential's summary: what it is for, when it was issued, whether it is shared or revoked. */
@Schema(name = "CredentialSummary", description = "An Open Badges 3.0 credential of a completed placement")
public record CredentialSummaryResponse(
        UUID id,
        UUID placementId,
        UUID schoolId,

        @Schema(maxLength = 500, description = "The practical work (the offer's title)")
        String achievement,

        Instant issuedAt,

        @Schema(description = "Whether anyone may read it by its id (its student decides)")
        boolean shared,

        @Schema(description = "When its school revoked it; absent while it stands")
        Instant revokedAt) {

    static CredentialSummaryResponse of(CredentialView c) {
        return new CredentialSummaryResponse(
                c.id(), c.placementId(), c.schoolId(), c.achievement(), c.issuedAt(), c.shared(), c.revokedAt());
    }
}
