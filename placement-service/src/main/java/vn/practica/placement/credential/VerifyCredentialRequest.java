package vn.practica.placement.credential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a verification: the credential as presented, a compact VC-JWT. */
@Schema(name = "VerifyCredentialRequest", description = "A credential to verify")
public record VerifyCredentialRequest(
        @Schema(description = "The credential as a compact JWS (VC-JWT, typ vc+jwt), as downloaded")
        @NotBlank
        @Size(max = VerifyCredentialRequest.MAX_LENGTH)
        String credential) {
    /** Far above any credential we issue (a few KB), far below what could load the verifier. */
    public static final int MAX_LENGTH = 65_536;
}
