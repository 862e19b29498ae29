package vn.practica.placement.credential;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** A student's own credentials. */
@Path("/api/v1/students/me/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials")
public class MyCredentialResource {
    private final CredentialService credentials;
    private final Caller caller;

    MyCredentialResource(CredentialService credentials, Caller caller) {
        this.credentials = credentials;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.STUDENT)
    @Operation(operationId = "listMyCredentials", summary = "List your credentials, newest first")
    @APIResponse(
            responseCode = "200",
            description = "Your credentials",
            content = @Content(schema = @Schema(implementation = MyCredentialsResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no student record is tied to your sign-in")
    public MyCredentialsResponse listMyCredentials() {
        return new MyCredentialsResponse(credentials.myCredentials(Requester.of(caller)).stream()
                .map(CredentialSummaryResponse::of)
                .toList());
    }
}
