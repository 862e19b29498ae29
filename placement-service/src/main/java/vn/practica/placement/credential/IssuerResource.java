package vn.practica.placement.credential;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.problem.DomainException;

/**
 * The public documents of a school as a credential issuer: its did:web document, its keys (JWKS) and its Bitstring
 * Status Lists. No token: verifiers anywhere fetch them.
 */
@Path("/api/v1/issuers/{schoolId}")
@Tag(name = "Credentials")
public class IssuerResource {
    private static final String NOT_FOUND = "not-found: no school with this id issues credentials here";
    /** Any cache may keep a status list but must ask again each time: a revocation shows on the next read. */
    private static final String REVALIDATE = "no-cache";

    private final IssuerDocumentService documents;
    private final StatusListService statusLists;

    IssuerResource(IssuerDocumentService documents, StatusListService statusLists) {
        this.documents = documents;
        this.statusLists = statusLists;
    }

    @GET
    @Path("/did.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getIssuerDidDocument",
            summary = "The school's did:web document: every key its credentials were ever signed with")
    @APIResponse(
            responseCode = "200",
            description = "The DID document",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Map<String, Object> getIssuerDidDocument(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId) {
        UUID id = Uuids.require("path.schoolId", schoolId);
        return documents.didDocument(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/jwks.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getIssuerJwks",
            summary = "The school's credential keys as a JWK Set, each kid the DID URL JWS headers name")
    @APIResponse(
            responseCode = "200",
            description = "The JWK Set",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Map<String, Object> getIssuerJwks(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId) {
        UUID id = Uuids.require("path.schoolId", schoolId);
        return documents.jwks(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/status-lists/{list}")
    @PermitAll
    @Produces(CredentialResource.VC_JWT)
    @Operation(
            operationId = "getStatusList",
            summary = "One of the school's revocation lists: a signed BitstringStatusListCredential (VC-JWT)",
            description = "Always current (a revocation shows on the next read) with a strong ETag and Cache-Control"
                    + " no-cache: a cache may keep it but asks again each time, and If-None-Match with the ETag"
                    + " answers 304 while the list is unchanged.")
    @APIResponse(
            responseCode = "200",
            description = "The status list credential; encodedList is multibase base64url of the GZIP bitstring",
            headers = @Header(name = HttpHeaders.ETAG),
            content =
                    @Content(
                            mediaType = CredentialResource.VC_JWT,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 65_536)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    @APIResponse(responseCode = "404", description = "not-found: the school has no credential in this list")
    public Response getStatusList(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @PathParam("list") @Min(0) @Max(16_383) int list,
            @Context Request request) {
        UUID id = Uuids.require("path.schoolId", schoolId);
        SignedStatusList signed = statusLists
                .statusList(id, list)
                .orElseThrow(() -> DomainException.notFound("No status list " + list + " of school " + id));
        EntityTag tag = new EntityTag(signed.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(signed.jwt(), CredentialResource.VC_JWT))
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, REVALIDATE)
                .build();
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound("No school " + id + " issues credentials here");
    }
}
