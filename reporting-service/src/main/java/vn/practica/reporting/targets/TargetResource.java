package vn.practica.reporting.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;
import vn.practica.reporting.placementkpi.KpiSlice;
import vn.practica.reporting.province.ProvinceCodes;

/**
 * The State's yearly targets, one per year, KPI, field and province (each optional: all), and the progress
 * towards them. A target is addressed by its natural key, so setting it twice is one target.
 */
@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Yearly targets of the State and progress towards them")
public class TargetResource {
    private static final String YEAR = "[0-9]{4}";
    private static final String YEAR_MESSAGE = "must be a year from 2000 to 2100";
    private static final String FIELD = "([A-Z][A-Z0-9_]{1,31})?";
    private static final String FIELD_MESSAGE = "must be a field code such as IT";
    private static final String OPTIONAL_PROVINCE = "(" + ProvinceCodes.PATTERN + ")?";
    private static final String OPTIONAL_UUID = "(" + Uuids.PATTERN + ")?";
    private static final String KEY = "The target's key: a year, a KPI (docs/kpis.md) and optionally field and"
            + " province (absent or empty: all fields, all provinces).";

    private final TargetService service;
    private final Caller caller;

    TargetResource(TargetService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @Path("/{year}/{kpi}")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "putTarget",
            summary = "Set a yearly target (State only), creating it if new; the same value again changes nothing",
            description = KEY + " The field must be one the catalog announced, the province one of the 34.")
    @APIResponse(
            responseCode = "200",
            description = "The target, updated or unchanged",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(
            responseCode = "201",
            description = "The target, created",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "422", description = "invalid-request: unknown field or province, or year out of range")
    @APIResponse(
            responseCode = "412",
            description = "stale-version: the target changed since the If-Match version; invalid-if-match")
    public Response putTarget(
            @PathParam("year") @Size(max = 4) @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
            @PathParam("kpi") @Size(max = 32) @Pattern(regexp = TargetKpi.PATTERN, message = TargetKpi.MESSAGE)
                    String kpi,
            @QueryParam("field")
                    @Parameter(description = "A field code; absent: all fields")
                    @Size(max = 32)
                    @Pattern(regexp = FIELD, message = FIELD_MESSAGE)
                    String field,
            @QueryParam("province")
                    @Parameter(description = "A province code; absent: all provinces")
                    @Size(max = ProvinceCodes.MAX_LENGTH)
                    @Pattern(regexp = OPTIONAL_PROVINCE, message = ProvinceCodes.MESSAGE)
                    String province,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION) String ifMatch,
            @Valid @NotNull TargetRequest request) {
        TargetService.Change change =
                service.put(key(year, kpi, field, province), request.target(), IfMatch.version(ifMatch));
        return Response.status(change.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(TargetResponse.of(change.target()))
                .tag(ETags.of(change.target().version()))
                .build();
    }

    @GET
    @Path("/{year}/{kpi}")
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(operationId = "getTarget", summary = "Read one target; the ETag is its version", description = KEY)
    @APIResponse(
            responseCode = "200",
            description = "The target",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no target with this key")
    public Response getTarget(
            @PathParam("year") @Size(max = 4) @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
            @PathParam("kpi") @Size(max = 32) @Pattern(regexp = TargetKpi.PATTERN, message = TargetKpi.MESSAGE)
                    String kpi,
            @QueryParam("field")
                    @Parameter(description = "A field code; absent: all fields")
                    @Size(max = 32)
                    @Pattern(regexp = FIELD, message = FIELD_MESSAGE)
                    String field,
            @QueryParam("province")
                    @Parameter(description = "A province code; absent: all provinces")
                    @Size(max = ProvinceCodes.MAX_LENGTH)
                    @Pattern(regexp = OPTIONAL_PROVINCE, message = ProvinceCodes.MESSAGE)
                    String province) {
        Target target = service.get(key(year, kpi, field, province));
        return Response.ok(TargetResponse.of(target))
                .tag(ETags.of(target.version()))
                .build();
    }

    @DELETE
    @Path("/{year}/{kpi}")
    @RolesAllowed(Roles.STATE)
    @Operation(operationId = "deleteTarget", summary = "Delete a target (State only)", description = KEY)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "not-found: no target with this key")
    @APIResponse(
            responseCode = "412",
            description = "stale-version: the target changed since the If-Match version; invalid-if-match")
    public Response deleteTarget(
            @PathParam("year") @Size(max = 4) @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
            @PathParam("kpi") @Size(max = 32) @Pattern(regexp = TargetKpi.PATTERN, message = TargetKpi.MESSAGE)
                    String kpi,
            @QueryParam("field")
                    @Parameter(description = "A field code; absent: all fields")
                    @Size(max = 32)
                    @Pattern(regexp = FIELD, message = FIELD_MESSAGE)
                    String field,
            @QueryParam("province")
                    @Parameter(description = "A province code; absent: all provinces")
                    @Size(max = ProvinceCodes.MAX_LENGTH)
                    @Pattern(regexp = OPTIONAL_PROVINCE, message = ProvinceCodes.MESSAGE)
                    String province,
            @HeaderParam(IfMatch.HEADER) @Parameter(description = IfMatch.DESCRIPTION) String ifMatch) {
        service.delete(key(year, kpi, field, province), IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "getTargetProgress",
            summary = "Every target of a year with the actual of the caller's slice, percent achieved and a"
                    + " projection to 31 December",
            description = "Actuals come from the year's placement KPI table by field and province (docs/kpis.md),"
                    + " suppressed as it is: an actual describing 1 to k-1 students, or completing one by"
                    + " subtraction, is null with everything derived from it. Projection: actual × days in the"
                    + " year ÷ days elapsed (Vietnam time, today included); a past year's is its actual, a future"
                    + " year's null. Per 10,000 population where the State set the province's population. The"
                    + " State reads any slice; a school its own students', a business its own offers'.")
    @APIResponse(
            responseCode = "200",
            description = "The progress",
            content = @Content(schema = @Schema(implementation = TargetProgressResponse.class)))
    public TargetProgressResponse progress(
            @QueryParam("year")
                    @Parameter(description = "Default: this year (Vietnam time)")
                    @Size(max = 4)
                    @Pattern(regexp = YEAR, message = YEAR_MESSAGE)
                    String year,
            @QueryParam("schoolId")
                    @Parameter(description = "Only this school's students; a school only itself")
                    @Size(max = 36)
                    @Pattern(regexp = OPTIONAL_UUID, message = Uuids.MESSAGE)
                    String schoolId,
            @QueryParam("businessId")
                    @Parameter(description = "Only this business's offers; a business only itself")
                    @Size(max = 36)
                    @Pattern(regexp = OPTIONAL_UUID, message = Uuids.MESSAGE)
                    String businessId) {
        KpiSlice slice = KpiSlice.of(caller, uuid(schoolId), uuid(businessId));
        int asked = year == null ? TargetYears.current() : TargetYears.parse("query.year", year);
        return TargetProgressResponse.of(service.progress(asked, slice));
    }

    private static TargetKey key(String year, String kpi, String field, String province) {
        return new TargetKey(
                TargetYears.parse("path.year", year),
                TargetKpi.fromParameter(kpi).orElseThrow(),
                present(field),
                present(province));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    private static Optional<UUID> uuid(String value) {
        return present(value).map(Uuids::parse);
    }
}
