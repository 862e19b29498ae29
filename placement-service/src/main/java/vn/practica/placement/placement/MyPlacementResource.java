package vn.practica.placement.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** The signed-in student's placements; there is no path to anyone else's. */
@Path("/api/v1/students/me/placements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STUDENT)
@Tag(name = "Placements")
public class MyPlacementResource {
    private final PlacementReadService reads;
    private final Caller caller;

    MyPlacementResource(PlacementReadService reads, Caller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyPlacements", summary = "Your placements, newest first, a page at a time")
    @APIResponse(
            responseCode = "200",
            description = "At most limit placements and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = PlacementLists.PlacementPage.class)))
    @APIResponse(responseCode = "404", description = "not-found: no student record is tied to your login yet")
    public CursorPage<PlacementResponse> listMyPlacements(
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue(PlacementLimits.DEFAULT_LIMIT) @Min(1) @Max(PlacementLimits.MAX_LIMIT)
                    int limit) {
        return PlacementLists.responses(
                reads.listStudentPlacements(caller.userId(), ListPosition.decode(cursor), limit));
    }
}
