package vn.practica.reporting.placementkpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;
import vn.practica.reporting.csv.CsvText;

/** Placement KPIs by field, province, school, business and period, as JSON or CSV; only aggregates. */
@Path("/api/v1/kpis/placements")
@Tag(name = "KPIs")
public class PlacementKpiResource {
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
                    MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(CsvText.MEDIA_TYPE))
            .build();
    /** Empty filters are absent ones, as forms send them. */
    private static final String OPTIONAL_UUID = "(" + Uuids.PATTERN + ")?";

    private static final int UUID_LENGTH = 36;
    private static final String CSV_UTF8 = CsvText.MEDIA_TYPE + "; charset=UTF-8";

    private final PlacementKpiService kpis;
    private final Caller caller;

    PlacementKpiResource(PlacementKpiService kpis, Caller caller) {
        this.kpis = kpis;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS})
    @Produces({MediaType.APPLICATION_JSON, CSV_UTF8})
    @Operation(
            operationId = "getPlacementKpis",
            summary = "Offers, applications, placements and partners by field, province, school, business and"
                    + " period, with totals; cells of fewer than k students suppressed; JSON or CSV",
            description = KpiDefinitions.ENDPOINT)
    @APIResponse(
            responseCode = "200",
            description = "The table: JSON, or with Accept text/csv the same rows as UTF-8 CSV with a byte order mark",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = PlacementKpiTableResponse.class)),
                @Content(mediaType = CSV_UTF8, schema = @Schema(type = SchemaType.STRING, maxLength = 100_000_000))
            })
    @APIResponse(
            responseCode = "422",
            description = "kpi-table-too-large: group by fewer dimensions, use a longer period, a shorter range or"
                    + " filters")
    public Response placementKpis(
            @QueryParam("groupBy")
                    @Parameter(
                            description = "Comma-separated dimensions to split by: field, province, school,"
                                    + " business; none gives one total row per period")
                    @Size(max = PlacementKpiParameters.GROUP_BY_LENGTH)
                    @Pattern(
                            regexp = PlacementKpiParameters.GROUP_BY_PATTERN,
                            message = PlacementKpiParameters.GROUP_BY_MESSAGE)
                    String groupBy,
            @QueryParam("period")
                    @DefaultValue("quarter")
                    @Pattern(regexp = "month|quarter|year", message = "must be month, quarter or year")
                    String period,
            @QueryParam("from")
                    @Parameter(
                            description = "A day (yyyy-MM-dd) of the first period counted; its whole period"
                                    + " counts. Default: January 1st of this year (Vietnam time)")
                    @Size(max = PlacementKpiParameters.DATE_LENGTH)
                    @Pattern(
                            regexp = PlacementKpiParameters.DATE_PATTERN,
                            message = PlacementKpiParameters.DATE_MESSAGE)
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "A day (yyyy-MM-dd) of the last period counted, at most ten years after"
                                    + " from; its whole period counts. Default: December 31st of from's year")
                    @Size(max = PlacementKpiParameters.DATE_LENGTH)
                    @Pattern(
                            regexp = PlacementKpiParameters.DATE_PATTERN,
                            message = PlacementKpiParameters.DATE_MESSAGE)
                    String to,
            @QueryParam("field")
                    @Parameter(description = "Only this field (code)")
                    @Size(max = 32)
                    @Pattern(regexp = "([A-Z][A-Z0-9_]{1,31})?", message = "must be a field code such as IT")
                    String field,
            @QueryParam("province")
                    @Parameter(description = "Only work in this province (code)")
                    @Size(max = 8)
                    @Pattern(regexp = "([A-Z]{2,8})?", message = "must be a province code such as HCM")
                    String province,
            @QueryParam("schoolId")
                    @Parameter(description = "Only this school's students; a school may name only itself")
                    @Size(max = UUID_LENGTH)
                    @Pattern(regexp = OPTIONAL_UUID, message = Uuids.MESSAGE)
                    String schoolId,
            @QueryParam("businessId")
                    @Parameter(description = "Only this business's offers; a business may name only itself")
                    @Size(max = UUID_LENGTH)
                    @Pattern(regexp = OPTIONAL_UUID, message = Uuids.MESSAGE)
                    String businessId,
            @Context Request request) {
        KpiSlice slice = KpiSlice.of(caller, uuid(schoolId), uuid(businessId));
        PlacementKpiQuery query = PlacementKpiParameters.query(groupBy, period, from, to, field, province, slice);
        PlacementKpiTableResponse table = PlacementKpiTableResponse.of(kpis.placementKpis(query));
        Variant variant = request.selectVariant(VARIANTS);
        boolean csv = variant != null
                && CsvText.MEDIA_TYPE.equals(variant.getMediaType().toString());
        Response.ResponseBuilder answer = csv
                ? Response.ok(PlacementKpiCsv.of(table), CSV_UTF8)
                        .header("Content-Disposition", "attachment; filename=\"placement-kpis.csv\"")
                : Response.ok(table, MediaType.APPLICATION_JSON);
        // One URL, two representations: caches must key them by Accept
        return answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private static Optional<UUID> uuid(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty()).map(Uuids::parse);
    }
}
