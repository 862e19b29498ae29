package vn.practica.placement.credential;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A readable credential with its signed form and what verifying it found now: what a printed QR code opens. */
@Schema(name = "VerifiedCredential")
public record VerifiedCredentialResponse(
        CredentialSummaryResponse summary,

        @Schema(maxLength = 65_536, description = "The compact JWS (VC-JWT), to verify offline as well")
        String credential,

        VerificationResponse verification) {
    static VerifiedCredentialResponse of(CredentialView c, Verification verification) {
        return new VerifiedCredentialResponse(
                CredentialSummaryResponse.of(c), c.jwt(), VerificationResponse.of(verification));
    }
}
