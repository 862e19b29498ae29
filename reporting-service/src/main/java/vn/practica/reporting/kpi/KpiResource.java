package vn.practica.reporting.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.security.Roles;

/** National KPIs, read by the State. */
@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STATE)
@Tag(name = "KPIs", description = "Program indicators projected from the event stream")
public class KpiResource {
    private final FieldKpiService fieldKpis;

    KpiResource(FieldKpiService fieldKpis) {
        this.fieldKpis = fieldKpis;
    }

    @GET
    @Path("/fields")
    @Operation(
            operationId = "getFieldKpis",
            summary = "Active and retired fields, and when the last catalog event was applied")
    public FieldKpiResponse fields() {
        return FieldKpiResponse.of(fieldKpis.fieldKpis());
    }
}
