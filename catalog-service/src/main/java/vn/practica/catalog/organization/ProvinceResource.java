package vn.practica.catalog.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    /** Province codes used by organizations and KPIs. */
    public record ProvinceResponse(String code, String nameVi, String nameEn, String kind, String mergedFrom) {}

    @GET
    @PermitAll
    @Operation(summary = "List the provincial-level units with the former provinces each absorbed")
    public List<ProvinceResponse> listProvinces() {
        return provinces.listProvinces().stream()
                .map(p -> new ProvinceResponse(p.code(), p.nameVi(), p.nameEn(), p.kind(), p.mergedFrom()))
                .toList();
    }
}
