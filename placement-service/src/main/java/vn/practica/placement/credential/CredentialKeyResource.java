package vn.practica.placement.credential;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.security.Roles;

/**
 * The platform's credential signing key, which signs for every school: the State rotates it at once (a suspected
 * leak) rather than waiting for its age. No school may: it would change the key of every other school too.
 */
@Path("/api/v1/credential-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials")
public class CredentialKeyResource {
    private final CredentialKeyService keys;

    CredentialKeyResource(CredentialKeyService keys) {
        this.keys = keys;
    }

    @POST
    @Path("/rotate")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "rotateCredentialSigningKey",
            summary = "Rotate the credential signing key now (the State): the key retires and a new one signs",
            description = "The retired key stays in every issuer's DID document and JWKS, so every credential it"
                    + " signed keeps verifying; revoke what a leaked key signed. Status lists are signed again with"
                    + " the new key on their next read.")
    @APIResponse(
            responseCode = "200",
            description = "The key retired and the key that signs from now",
            content = @Content(schema = @Schema(implementation = KeyRotationResponse.class)))
    public KeyRotationResponse rotateCredentialSigningKey() {
        return KeyRotationResponse.of(keys.rotateSigningKey());
    }
}
