package vn.practica.catalog.field;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.Created;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Roles;

/** The program's fields: public to read, changed only by the State. */
@Path("/api/v1/fields")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fields", description = "The fields of practical work (Tourism, IT, Fintech, ...)")
public class FieldResource {
    private final FieldService service;

    FieldResource(FieldService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listFields",
            summary = "List fields, optionally only ACTIVE or RETIRED ones, in the program's order")
    @APIResponse(
            responseCode = "200",
            description = "The fields, at most " + FieldService.MAX_FIELDS,
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = FieldResponse.class,
                                            maxItems = FieldService.MAX_FIELDS)))
    public List<FieldResponse> listFields(
            @QueryParam("status") @Pattern(regexp = "ACTIVE|RETIRED", message = "must be ACTIVE or RETIRED")
                    String status) {
        return service.listFields(Optional.ofNullable(status).map(FieldStatus::valueOf)).stream()
                .map(FieldResponse::of)
                .toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getField", summary = "Read one field; the ETag is its version, for If-Match on changes")
    @APIResponse(
            responseCode = "200",
            description = "The field",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = FieldResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no field with this code")
    public Response getField(
            @PathParam("code")
                    @Size(max = FieldCodes.MAX_LENGTH)
                    @Pattern(regexp = FieldCodes.PATTERN, message = FieldCodes.MESSAGE)
                    String code) {
        Field field = service.findField(code).orElseThrow(() -> DomainException.notFound("No field with code " + code));
        return withEtag(Response.ok(FieldResponse.of(field)), field).build();
    }

    @POST
    @RolesAllowed(Roles.STATE)
    @Operation(operationId = "createField", summary = "Create a field (State only)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new field",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = FieldResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "field-exists: a field has this code; field-limit-reached: the program has "
                    + FieldService.MAX_FIELDS + " fields")
    public Response createField(@Valid @NotNull CreateFieldRequest request) {
        Field field = service.createField(
                request.code(), request.nameVi().strip(), request.nameEn().strip());
        return withEtag(Created.at(FieldResource.class, field.code()).entity(FieldResponse.of(field)), field)
                .build();
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "renameField",
            summary = "Rename a field (State only); If-Match guards against lost updates")
    @APIResponse(
            responseCode = "200",
            description = "The renamed field",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = FieldResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no field with this code")
    @APIResponse(responseCode = "409", description = "field-retired: a retired field keeps its names")
    @APIResponse(
            responseCode = "412",
            description = "stale-version: the field changed since the If-Match version; invalid-if-match")
    public Response renameField(
            @PathParam("code")
                    @Size(max = FieldCodes.MAX_LENGTH)
                    @Pattern(regexp = FieldCodes.PATTERN, message = FieldCodes.MESSAGE)
                    String code,
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull RenameFieldRequest request) {
        Field field =
                service.renameField(code, strip(request.nameVi()), strip(request.nameEn()), IfMatch.version(ifMatch));
        return withEtag(Response.ok(FieldResponse.of(field)), field).build();
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "retireField",
            summary = "Retire a field (State only): kept for history, closed to new work")
    @APIResponse(
            responseCode = "200",
            description = "The retired field",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = FieldResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no field with this code")
    @APIResponse(responseCode = "409", description = "field-retired: the field is retired already")
    @APIResponse(
            responseCode = "412",
            description = "stale-version: the field changed since the If-Match version; invalid-if-match")
    public Response retireField(
            @PathParam("code")
                    @Size(max = FieldCodes.MAX_LENGTH)
                    @Pattern(regexp = FieldCodes.PATTERN, message = FieldCodes.MESSAGE)
                    String code,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        Field field = service.retireField(code, IfMatch.version(ifMatch));
        return withEtag(Response.ok(FieldResponse.of(field)), field).build();
    }

    private static Response.ResponseBuilder withEtag(Response.ResponseBuilder builder, Field field) {
        return builder.tag(new EntityTag(Long.toString(field.version())));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
