package vn.practica.placement.reference;

import io.quarkus.security.Authenticated;
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

/** Placement's copy of catalog reference data, so partners can check what offers will be validated against. */
@Path("/api/v1/reference/fields")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reference data", description = "Catalog data as placement-service has applied it")
public class ReferenceFieldResource {
    /** catalog-service keeps at most this many fields (its FieldService.MAX_FIELDS); this is a copy of them. */
    static final int MAX_FIELDS = 1000;

    private final ReferenceDataService referenceData;

    ReferenceFieldResource(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    @Operation(
            operationId = "listReferenceFields",
            summary = "Fields known to placement-service, with the catalog version last applied")
    @APIResponse(
            responseCode = "200",
            description = "Every field catalog-service published, which keeps at most " + MAX_FIELDS,
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = ReferenceFieldResponse.class,
                                            maxItems = MAX_FIELDS)))
    public List<ReferenceFieldResponse> listFields() {
        return referenceData.listFields().stream()
                .map(ReferenceFieldResponse::of)
                .toList();
    }
}
