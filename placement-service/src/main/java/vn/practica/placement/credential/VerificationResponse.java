package vn.practica.placement.credential;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What verifying found: every check with its outcome; verified when all passed. */
@Schema(name = "CredentialVerification", description = "The outcome of each check, and whether all passed")
public record VerificationResponse(
        boolean verified,

        @Schema(maxLength = 200, description = "The credential's id as it claims it")
        String credentialId,

        @Schema(maxLength = 500, description = "The issuer as the credential names it (a did:web)")
        String issuer,

        @Schema(maxItems = 10) List<CheckResponse> checks) {

    static VerificationResponse of(Verification v) {
        return new VerificationResponse(
                v.verified(),
                v.credentialId(),
                v.issuer(),
                v.checks().stream()
                        .map(c -> new CheckResponse(c.check(), c.passed() ? "PASSED" : "FAILED", c.detail()))
                        .toList());
    }

    /** One check and its outcome. */
    @Schema(name = "CredentialCheck")
    public record CheckResponse(
            @Schema(enumeration = {"issuer-key", "signature", "status", "validity"})
            String check,

            @Schema(enumeration = {"PASSED", "FAILED"}) String outcome,
            @Schema(maxLength = 1000) String detail) {}
}
