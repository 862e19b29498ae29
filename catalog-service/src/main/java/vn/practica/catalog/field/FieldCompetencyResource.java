package vn.practica.catalog.field;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.catalog.competency.CaseLimits;
import vn.practica.catalog.competency.CompetencyItemSummary;
import vn.practica.platform.security.Roles;

/** The competency items each field of practical work needs: public to read, curated by the State. */
@Path("/api/v1/fields/{code}/competencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fields")
public class FieldCompetencyResource {
    private final FieldCompetencyService service;

    FieldCompetencyResource(FieldCompetencyService service) {
        this.service = service;
    }

    /** The most competency items one field needs. */
    static final int MAX_ITEMS = 500;

    /** Body of the PUT: the complete set of CASE item identifiers. */
    @Schema(name = "FieldCompetenciesRequest", description = "The complete set of the field's competency items")
    public record FieldCompetenciesRequest(
            @Schema(description = "CASE identifiers of CFItems") @NotNull @Size(max = MAX_ITEMS)
            List<@NotNull UUID> itemIds) {}

    /** One item as a field's reader needs it. */
    @Schema(name = "FieldCompetencyResponse", description = "A competency item the field needs")
    public record FieldCompetencyResponse(
            UUID identifier,
            UUID frameworkId,
            @Schema(maxLength = CaseLimits.CODE) String humanCodingScheme,
            @Schema(maxLength = CaseLimits.LONG_TEXT) String fullStatement,
            @Schema(maxLength = CaseLimits.CODE) String itemType) {
        static FieldCompetencyResponse of(CompetencyItemSummary item) {
            return new FieldCompetencyResponse(
                    item.identifier(),
                    item.frameworkId(),
                    item.humanCodingScheme(),
                    item.fullStatement(),
                    item.itemType());
        }
    }

    @GET
    @PermitAll
    @Operation(operationId = "listFieldCompetencies", summary = "The competency items the field needs")
    @APIResponse(
            responseCode = "200",
            description = "The field's competency items",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = FieldCompetencyResponse.class,
                                            maxItems = MAX_ITEMS)))
    @APIResponse(responseCode = "404", description = "not-found: no field with this code")
    public List<FieldCompetencyResponse> listFieldCompetencies(
            @PathParam("code")
                    @Size(max = FieldCodes.MAX_LENGTH)
                    @Pattern(regexp = FieldCodes.PATTERN, message = FieldCodes.MESSAGE)
                    String code) {
        return service.itemsOf(code).stream().map(FieldCompetencyResponse::of).toList();
    }

    @PUT
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "replaceFieldCompetencies",
            summary = "Replace the field's competency items (State only); the same set again changes nothing")
    @APIResponse(
            responseCode = "200",
            description = "The field's competency items now",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = FieldCompetencyResponse.class,
                                            maxItems = MAX_ITEMS)))
    @APIResponse(responseCode = "404", description = "not-found: no field with this code")
    @APIResponse(responseCode = "409", description = "field-retired: a retired field's competencies do not change")
    public List<FieldCompetencyResponse> replaceFieldCompetencies(
            @PathParam("code")
                    @Size(max = FieldCodes.MAX_LENGTH)
                    @Pattern(regexp = FieldCodes.PATTERN, message = FieldCodes.MESSAGE)
                    String code,
            @Valid @NotNull FieldCompetenciesRequest request) {
        service.replace(code, request.itemIds());
        return listFieldCompetencies(code);
    }
}
