package vn.practica.placement.credential;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.http.MaxBodySize;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * Issued credentials (Open Badges 3.0 as VC-JWT): read and downloaded by their student, their school or, once
 * shared, anyone; shared by the student, revoked by the school; verified by anyone (docs/credentials.md).
 */
@Path("/api/v1/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials", description = "Verifiable credentials (Open Badges 3.0) of completed placements")
public class CredentialResource {
    static final String VC_JWT = "application/vc+jwt";
    private static final String NOT_FOUND = "not-found: no credential with this id that you may see";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
                    MediaType.valueOf(VC_JWT), MediaType.APPLICATION_JSON_TYPE)
            .build();

    private final CredentialService credentials;
    private final CredentialVerificationService verifier;
    private final IssuerIdentity issuers;
    private final Caller caller;

    CredentialResource(
            CredentialService credentials,
            CredentialVerificationService verifier,
            IssuerIdentity issuers,
            Caller caller) {
        this.credentials = credentials;
        this.verifier = verifier;
        this.issuers = issuers;
        this.caller = caller;
    }

    @GET
    @Path("/{credentialId}")
    @PermitAll
    @Produces({VC_JWT, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "getCredential",
            summary = "Download a credential (its student, its school, or anyone once shared): the signed VC-JWT, or"
                    + " Accept application/json for the OpenBadgeCredential it secures",
            description = "application/vc+jwt: the compact JWS (typ vc+jwt, ES256) whose payload is the"
                    + " OpenBadgeCredential; keep and present this form, verify it offline with the issuer's did:web"
                    + " document or JWKS, or with POST /api/v1/credentials/verify. application/json: the payload, to"
                    + " read; it proves nothing without the signature.")
    @APIResponse(
            responseCode = "200",
            description = "The credential",
            content = {
                @Content(mediaType = VC_JWT, schema = @Schema(type = SchemaType.STRING, maxLength = 65_536)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response getCredential(
            @PathParam("credentialId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String credentialId,
            @Context Request request) {
        CredentialView credential = find(credentialId);
        Variant variant = request.selectVariant(VARIANTS);
        boolean json = variant != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(variant.getMediaType());
        // One URL, two representations: caches must key them by Accept
        return Response.ok(
                        json ? credential.credentialJson() : credential.jwt(),
                        json ? MediaType.APPLICATION_JSON : VC_JWT)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    @GET
    @Path("/{credentialId}/summary")
    @PermitAll
    @Operation(
            operationId = "getCredentialSummary",
            summary = "Read a credential's summary (its student, its school, or anyone once shared)")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = @Content(schema = @Schema(implementation = CredentialSummaryResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CredentialSummaryResponse getCredentialSummary(
            @PathParam("credentialId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String credentialId) {
        return CredentialSummaryResponse.of(find(credentialId));
    }

    @GET
    @Path("/{credentialId}/pdf")
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL})
    @Produces(CredentialPdf.MEDIA_TYPE)
    @Operation(
            operationId = "getCredentialPdf",
            summary = "Print a credential (its student or its issuing school): a PDF with a QR code of its public"
                    + " verification page",
            description = "Shows what the signed credential says, the learner's name from the school's record (so"
                    + " only the student and the school get it, shared or not) and a QR code of"
                    + " GET /api/v1/credentials/{credentialId}/verification, which answers while the student shares"
                    + " the credential.")
    @APIResponse(
            responseCode = "200",
            description = "The printable credential",
            content =
                    @Content(
                            mediaType = CredentialPdf.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_000_000)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response getCredentialPdf(
            @PathParam("credentialId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String credentialId) {
        UUID id = Uuids.require("path.credentialId", credentialId);
        PrintableCredential printable = credentials
                .findPrintableCredential(id, Requester.of(caller))
                .orElseThrow(() -> CredentialService.notFound(id));
        return Response.ok(CredentialPdf.render(printable, issuers.verificationUrl(id)), CredentialPdf.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"credential-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{credentialId}/verification")
    @PermitAll
    @Operation(
            operationId = "getCredentialVerification",
            summary = "A credential with its verification now (its student, its school, or anyone once shared): what"
                    + " a printed credential's QR code opens",
            description = "The summary, the signed VC-JWT and the outcome of the checks of POST"
                    + " /api/v1/credentials/verify run on it now. Answers 404 when the student stopped sharing it.")
    @APIResponse(
            responseCode = "200",
            description = "The credential and what verifying it found",
            content = @Content(schema = @Schema(implementation = VerifiedCredentialResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public VerifiedCredentialResponse getCredentialVerification(
            @PathParam("credentialId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String credentialId) {
        CredentialView credential = find(credentialId);
        return VerifiedCredentialResponse.of(credential, verifier.verifyCredential(credential.jwt()));
    }

    @POST
    @Path("/{credentialId}/share")
    @RolesAllowed(Roles.STUDENT)
    @Operation(operationId = "shareCredential", summary = "Share your credential: anyone may read it by its id")
    @APIResponse(
            responseCode = "200",
            description = "Shared",
            content = @Content(schema = @Schema(implementation = CredentialSummaryResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CredentialSummaryResponse shareCredential(
            @PathParam("credentialId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String credentialId) {
        return share(credentialId, true);
    }

    @POST
    @Path("/{credentialId}/unshare")
    @RolesAllowed(Roles.STUDENT)
    @Operation(
            operationId = "unshareCredential",
            summary = "Stop sharing your credential: only you and your school read it again")
    @APIResponse(
            responseCode = "200",
            description = "Not shared",
            content = @Content(schema = @Schema(implementation = CredentialSummaryResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CredentialSummaryResponse unshareCredential(
            @PathParam("credentialId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String credentialId) {
        return share(credentialId, false);
    }

    @POST
    @Path("/{credentialId}/revoke")
    @RolesAllowed(Roles.SCHOOL)
    @Operation(
            operationId = "revokeCredential",
            summary = "Revoke a credential your school issued: its bit in your status list is set; final")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = CredentialSummaryResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "credential-already-revoked")
    public CredentialSummaryResponse revokeCredential(
            @PathParam("credentialId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String credentialId) {
        UUID id = Uuids.require("path.credentialId", credentialId);
        return CredentialSummaryResponse.of(credentials.revokeCredential(id, Requester.of(caller)));
    }

    @POST
    @Path("/verify")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodySize("practica.credentials.max-verify-body-size")
    @Operation(
            operationId = "verifyCredential",
            summary = "Verify a presented credential: issuer key, signature, revocation status, validity period",
            description = "Public and rate-limited like every write. Answers which checks passed; verifying changes"
                    + " nothing. A credential that is not a compact ES256 JWS with typ vc+jwt is refused (422).")
    @APIResponse(
            responseCode = "200",
            description = "What was checked",
            content = @Content(schema = @Schema(implementation = VerificationResponse.class)))
    @APIResponse(responseCode = "422", description = "credential-malformed; credential-algorithm-not-accepted")
    public VerificationResponse verifyCredential(@Valid @NotNull VerifyCredentialRequest request) {
        return VerificationResponse.of(verifier.verifyCredential(request.credential()));
    }

    private CredentialView find(String credentialId) {
        UUID id = Uuids.require("path.credentialId", credentialId);
        Optional<Requester> requester = caller.userId() == null ? Optional.empty() : Optional.of(Requester.of(caller));
        return credentials.findCredential(id, requester).orElseThrow(() -> CredentialService.notFound(id));
    }

    private CredentialSummaryResponse share(String credentialId, boolean shared) {
        UUID id = Uuids.require("path.credentialId", credentialId);
        return CredentialSummaryResponse.of(credentials.shareCredential(id, Requester.of(caller), shared));
    }
}
