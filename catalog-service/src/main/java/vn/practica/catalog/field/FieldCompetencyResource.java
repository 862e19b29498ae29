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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

    /** Body of the PUT: the complete set of CASE item identifiers. */
    public record FieldCompetenciesRequest(
            @NotNull @Size(max = 500) List<@NotNull UUID> itemIds) {}

    /** One item as a field's reader needs it. */
    public record FieldCompetencyResponse(
            UUID identifier, UUID frameworkId, String humanCodingScheme, String fullStatement, String itemType) {
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
    @Operation(summary = "The competency items the field needs")
    public List<FieldCompetencyResponse> listFieldCompetencies(@PathParam("code") String code) {
        return service.itemsOf(code).stream().map(FieldCompetencyResponse::of).toList();
    }

    @PUT
    @RolesAllowed(Roles.STATE)
    @Operation(summary = "Replace the field's competency items (State only); the same set again changes nothing")
    public List<FieldCompetencyResponse> replaceFieldCompetencies(
            @PathParam("code") @Pattern(regexp = FieldCodes.PATTERN, message = FieldCodes.MESSAGE) String code,
            @Valid @NotNull FieldCompetenciesRequest request) {
        service.replace(code, request.itemIds());
        return listFieldCompetencies(code);
    }
}
