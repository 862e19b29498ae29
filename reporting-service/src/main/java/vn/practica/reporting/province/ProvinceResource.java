package vn.practica.reporting.province;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Roles;

/** The 34 provinces: everyone signed in reads them, the State sets their population. */
@Path("/api/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provinces", description = "Province reference data and population, for indicators per 10,000")
public class ProvinceResource {
    private final ProvinceService service;

    ProvinceResource(ProvinceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "listProvinces",
            summary = "List the 34 provinces and centrally-run cities with their population, by code")
    @APIResponse(
            responseCode = "200",
            description = "The provinces",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = ProvinceResponse.class,
                                            maxItems = 100)))
    public List<ProvinceResponse> listProvinces() {
        return service.provinces().stream().map(ProvinceResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(operationId = "getProvince", summary = "Read one province; the ETag is its version, for If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The province",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ProvinceResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no province with this code")
    public Response getProvince(
            @PathParam("code")
                    @Size(max = ProvinceCodes.MAX_LENGTH)
                    @Pattern(regexp = ProvinceCodes.PATTERN, message = ProvinceCodes.MESSAGE)
                    String code) {
        Province province =
                service.province(code).orElseThrow(() -> DomainException.notFound("No province with code " + code));
        return withEtag(province);
    }

    @PUT
    @Path("/{code}/population")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "setProvincePopulation",
            summary = "Set a province's population (State only); If-Match required against lost updates",
            description = "The figure the indicators per 10,000 population divide by. Setting the same figure again"
                    + " changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The province with its population",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ProvinceResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no province with this code")
    @APIResponse(
            responseCode = "412",
            description = "stale-version: the province changed since the If-Match version; invalid-if-match")
    @APIResponse(responseCode = "428", description = "if-match-required: send If-Match (or *)")
    public Response setPopulation(
            @PathParam("code")
                    @Size(max = ProvinceCodes.MAX_LENGTH)
                    @Pattern(regexp = ProvinceCodes.PATTERN, message = ProvinceCodes.MESSAGE)
                    String code,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.REQUIRED_DESCRIPTION) String ifMatch,
            @Valid @NotNull PopulationRequest request) {
        return withEtag(service.setPopulation(code, request.population(), IfMatch.required(ifMatch)));
    }

    private static Response withEtag(Province province) {
        return Response.ok(ProvinceResponse.of(province))
                .tag(ETags.of(province.version()))
                .build();
    }
}
