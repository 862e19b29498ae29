package vn.practica.placement.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * A placement's agreement: read by its parties and the State as JSON or as a printable PDF; changed and confirmed
 * by the parties, each against the version (ETag) it read.
 */
@Path("/api/v1/placements/{placementId}/agreement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "The learning contract of a placement, which its three parties confirm")
public class AgreementResource {
    static final String NOT_FOUND = "not-found: no placement with this id that you may see";
    private static final String STALE =
            "stale-version: the agreement changed since the If-Match version; invalid-if-match";
    private static final String NOT_EDITABLE = "agreement-not-editable: the placement is no longer PROPOSED";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
                    MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(AgreementPdf.MEDIA_TYPE))
            .build();

    private final AgreementReadService reads;
    private final AgreementService agreements;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    AgreementResource(
            AgreementReadService reads, AgreementService agreements, IdempotentRequests idempotent, Caller caller) {
        this.reads = reads;
        this.agreements = agreements;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS, Roles.STATE})
    @Produces({MediaType.APPLICATION_JSON, AgreementPdf.MEDIA_TYPE})
    @Operation(
            operationId = "getAgreement",
            summary = "Read a placement's agreement (its student, school, business, or the State); Accept"
                    + " application/pdf for the printable agreement; the ETag is its version",
            description = "The PDF embeds a Unicode font, so Vietnamese names and clauses print as written, and"
                    + " shows the parties, the terms, the learning objectives, the cooperation model's clauses in"
                    + " Vietnamese and English, and the three confirmations of the current version with their"
                    + " times. The State sees neither the names of people nor who confirmed.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement, as JSON or as a PDF",
            headers = @Header(name = ETags.HEADER),
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = AgreementResponse.class)),
                @Content(
                        mediaType = AgreementPdf.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_000_000))
            })
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response getAgreement(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @Context Request request) {
        UUID id = Uuids.require("path.placementId", placementId);
        AgreementView view = reads.findAgreement(id, Requester.of(caller)).orElseThrow(() -> notFound(id));
        Variant variant = request.selectVariant(VARIANTS);
        boolean pdf = variant != null
                && AgreementPdf.MEDIA_TYPE.equals(variant.getMediaType().toString());
        // One URL, two representations: caches must key them by Accept
        Response.ResponseBuilder answer = pdf
                ? Response.ok(AgreementPdf.render(view), AgreementPdf.MEDIA_TYPE)
                        .header("Content-Disposition", "inline; filename=\"agreement-" + id + ".pdf\"")
                : Response.ok(AgreementResponse.of(view), MediaType.APPLICATION_JSON);
        return answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .tag(ETags.of(view.agreement().version()))
                .build();
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "reviseAgreement",
            summary = "Change the agreement (its student, school or business) while the placement is PROPOSED; a"
                    + " change takes the next version and clears the other parties' confirmations; If-Match"
                    + " required",
            description = "Absent members stay. The school alone names schoolSupervisor and adds learning objectives"
                    + " its student's programme teaches; the business alone names businessMentor, one of the"
                    + " offer's mentors. The same content again changes nothing. Total hours must stay within the"
                    + " cooperation model's bounds and within the weekly hours over the period.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement after the change",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_EDITABLE)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(
            responseCode = "422",
            description = "agreement-hours-outside-model (minHours, maxHours); agreement-hours-exceed-period"
                    + " (maxTotalHours)")
    @APIResponse(responseCode = "428", description = "if-match-required: send the ETag of the version you read")
    public Response reviseAgreement(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @Valid @NotNull ReviseAgreementRequest request) {
        UUID id = Uuids.require("path.placementId", placementId);
        OptionalLong expected = IfMatch.required(ifMatch);
        return ok(agreements.reviseAgreement(id, Requester.of(caller), request.edit(), expected));
    }

    @POST
    @Path("/confirm")
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "confirmAgreement",
            summary = "Confirm the agreement's current version (its student, school or business); If-Match names"
                    + " that version, * is refused; the last of the three confirmations makes the placement AGREED",
            description = "For a school's course the school confirms as the learner and as the school at once. Both"
                    + " the supervisor and the mentor must be named first. Confirming again changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The agreement with your confirmation; placementStatus AGREED once all three confirmed",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = NOT_EDITABLE + "; agreement-incomplete: name the supervisor and the mentor first;"
                    + " idempotency-key-in-flight")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(
            responseCode = "422",
            description = "agreement-hours-outside-model; agreement-hours-exceed-period; idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "if-match-required: send the ETag of the version you read (not *)")
    public Response confirmAgreement(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        UUID id = Uuids.require("path.placementId", placementId);
        OptionalLong expected = IfMatch.required(ifMatch);
        Requester requester = Requester.of(caller);
        return idempotent.execute(idempotencyKey, () -> ok(agreements.confirmAgreement(id, requester, expected)));
    }

    private static Response ok(AgreementView view) {
        return Response.ok(AgreementResponse.of(view))
                .tag(ETags.of(view.agreement().version()))
                .build();
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound("No placement " + id + " that you may see");
    }
}
