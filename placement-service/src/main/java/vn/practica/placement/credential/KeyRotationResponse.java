package vn.practica.placement.credential;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rotation did: which key stopped signing (it stays published) and which signs from now. */
@Schema(name = "CredentialKeyRotation")
public record KeyRotationResponse(
        @Schema(maxLength = 200, description = "The key id retired; absent when no key existed yet")
        String retiredKid,

        @Schema(maxLength = 200, description = "The key id that signs from now")
        String activeKid,

        Instant rotatedAt) {
    static KeyRotationResponse of(KeyRotation r) {
        return new KeyRotationResponse(r.retiredKid(), r.activeKid(), r.rotatedAt());
    }
}
