package vn.practica.catalog.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 34 provincial-level units, public reference data. */
@Path("/api/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provinces", description = "Provincial-level units since 1 July 2025")
public class ProvinceResource {
    private final ProvinceService provinces;

    ProvinceResource(ProvinceService provinces) {
        this.provinces = provinces;
    }

    /** The units, seeded by Flyway: 34 since 1 July 2025. */
    private static final int MAX_PROVINCES = 100;

    /** Province codes used by organizations and KPIs. */
    @Schema(name = "ProvinceResponse", description = "A provincial-level unit")
    public record ProvinceResponse(
            @Schema(maxLength = Province.MAX_CODE) String code,
            @Schema(maxLength = Province.MAX_NAME) String nameVi,
            @Schema(maxLength = Province.MAX_NAME) String nameEn,
            @Schema(enumeration = {"CITY", "PROVINCE"}) String kind,

            @Schema(maxLength = Province.MAX_MERGED_FROM, description = "The former provinces it absorbed")
            String mergedFrom) {}

    @GET
    @PermitAll
    @Operation(
            operationId = "listProvinces",
            summary = "List the provincial-level units with the former provinces each absorbed")
    @APIResponse(
            responseCode = "200",
            description = "The provincial-level units",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = ProvinceResponse.class,
                                            maxItems = MAX_PROVINCES)))
    public List<ProvinceResponse> listProvinces() {
        return provinces.listProvinces().stream()
                .map(p -> new ProvinceResponse(p.code(), p.nameVi(), p.nameEn(), p.kind(), p.mergedFrom()))
                .toList();
    }
}
