package vn.practica.catalog.cooperation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.Created;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Roles;

/** The State's cooperation models: read by every partner, created, revised and retired by the State only. */
@Path("/api/v1/cooperation-models")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Cooperation models",
        description = "How businesses take part in training (real projects, internships, expert teaching, tools and"
                + " data), as the State standardizes it: versioned; offers name the code and version they follow")
public class CooperationModelResource {
    static final int MAX_LIMIT = 100;
    /** Versions are numbers below 10^18: a path that cannot be one is a 400, not a 404. */
    private static final String VERSION_PATTERN = "^[1-9][0-9]{0,17}$";

    private static final String NOT_FOUND = "not-found: no cooperation model with this code";
    private static final String RETIRED = "cooperation-model-retired: a retired model no longer changes";
    private static final String STALE = "stale-version: the model changed since the If-Match version; invalid-if-match";
    private static final String IF_MATCH_REQUIRED = "if-match-required: send the ETag of the version you read";

    private final CooperationModelService service;
    private final IdempotentRequests idempotent;

    CooperationModelResource(CooperationModelService service, IdempotentRequests idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(
            operationId = "listCooperationModels",
            summary = "List cooperation models by code (current versions), optionally only ACTIVE or RETIRED ones")
    @APIResponse(
            responseCode = "200",
            description = "At most limit models and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = CooperationModelPage.class)))
    public CursorPage<CooperationModelSummaryResponse> listCooperationModels(
            @QueryParam("status") @Pattern(regexp = "ACTIVE|RETIRED", message = "must be ACTIVE or RETIRED")
                    String status,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit) {
        List<CooperationModelSummaryResponse> rows = service
                .listModels(Optional.ofNullable(status).map(CooperationModelStatus::valueOf), after(cursor), limit + 1)
                .stream()
                .map(CooperationModelSummaryResponse::of)
                .toList();
        return CursorPage.of(rows, limit, row -> Cursors.encode(row.code()));
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getCooperationModel",
            summary = "Read a cooperation model's current version; the ETag is its version, for If-Match on changes")
    @APIResponse(
            responseCode = "200",
            description = "The model's current version",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = CooperationModelResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response getCooperationModel(
            @PathParam("code")
                    @Size(max = CooperationLimits.MAX_CODE)
                    @Pattern(regexp = CooperationLimits.CODE_PATTERN, message = CooperationLimits.CODE_MESSAGE)
                    String code) {
        CooperationModelVersion model = service.findModel(code).orElseThrow(() -> notFound(code));
        return ok(model);
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(
            operationId = "getCooperationModelVersion",
            summary = "Read one version of a cooperation model, current or earlier: what an offer made under it"
                    + " follows")
    @APIResponse(
            responseCode = "200",
            description = "That version of the model",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = CooperationModelResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no cooperation model with this code and version")
    public Response getCooperationModelVersion(
            @PathParam("code")
                    @Size(max = CooperationLimits.MAX_CODE)
                    @Pattern(regexp = CooperationLimits.CODE_PATTERN, message = CooperationLimits.CODE_MESSAGE)
                    String code,
            @PathParam("version")
                    @Parameter(description = "A version number, from 1")
                    @Size(max = 18)
                    @Pattern(regexp = VERSION_PATTERN, message = "must be a version number such as 2")
                    String version) {
        CooperationModelVersion model = service.findVersion(code, Long.parseLong(version))
                .orElseThrow(
                        () -> DomainException.notFound("Cooperation model " + code + " has no version " + version));
        return ok(model);
    }

    @POST
    @RolesAllowed(Roles.STATE)
    @Operation(operationId = "createCooperationModel", summary = "Create a cooperation model at version 1 (State only)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new model",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = CooperationModelResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "cooperation-model-exists: a model has this code; idempotency-key-in-flight")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    public Response createCooperationModel(
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull CreateCooperationModelRequest request) {
        return idempotent.execute(idempotencyKey, () -> {
            CooperationModelVersion model = service.createModel(request.code(), request.terms());
            return Created.at(CooperationModelResource.class, model.code())
                    .tag(ETags.of(model.version()))
                    .entity(CooperationModelResponse.of(model))
                    .build();
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "reviseCooperationModel",
            summary = "Publish the model's next version with these terms (State only); If-Match required. Earlier"
                    + " versions stay readable; the current terms again change nothing")
    @APIResponse(
            responseCode = "200",
            description = "The model's current version: the new one, or the same when the terms are unchanged",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = CooperationModelResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = RETIRED)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response reviseCooperationModel(
            @PathParam("code")
                    @Size(max = CooperationLimits.MAX_CODE)
                    @Pattern(regexp = CooperationLimits.CODE_PATTERN, message = CooperationLimits.CODE_MESSAGE)
                    String code,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @Valid @NotNull ReviseCooperationModelRequest request) {
        return ok(service.reviseModel(code, request.terms(), IfMatch.required(ifMatch)));
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "retireCooperationModel",
            summary = "Retire a cooperation model (State only), at a new version: kept for the work made under it,"
                    + " closed to new work; If-Match required")
    @APIResponse(
            responseCode = "200",
            description = "The retired model's new version",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = CooperationModelResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "cooperation-model-retired: the model is retired already")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response retireCooperationModel(
            @PathParam("code")
                    @Size(max = CooperationLimits.MAX_CODE)
                    @Pattern(regexp = CooperationLimits.CODE_PATTERN, message = CooperationLimits.CODE_MESSAGE)
                    String code,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch) {
        return ok(service.retireModel(code, IfMatch.required(ifMatch)));
    }

    /** The page's schema: {@link CursorPage} of model summaries, with this endpoint's bounds. */
    @Schema(name = "CooperationModelPage", description = "Cooperation models by code and where to read on")
    record CooperationModelPage(
            @Schema(maxItems = MAX_LIMIT) List<CooperationModelSummaryResponse> items,

            @Schema(
                    maxLength = Cursors.MAX_LENGTH,
                    description = "Send it as cursor to read the next page; null at" + " the end")
            String nextCursor) {}

    /** The code after which the page starts: empty text (before every code) without a cursor. */
    private static String after(String cursor) {
        if (cursor == null) {
            return "";
        }
        return Cursors.decode(cursor, 1)
                .map(parts -> parts.get(0))
                .filter(code -> code.matches(CooperationLimits.CODE_PATTERN))
                .orElseThrow(() -> DomainException.invalid("query.cursor", "not a cursor from this API"));
    }

    private static Response ok(CooperationModelVersion model) {
        return Response.ok(CooperationModelResponse.of(model))
                .tag(ETags.of(model.version()))
                .build();
    }

    private static DomainException notFound(String code) {
        return DomainException.notFound("No cooperation model with code " + code);
    }
}
