package vn.practica.placement.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** A school's placements: its students' and its own courses'; only its own (the State may read them). */
@Path("/api/v1/schools/{schoolId}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class SchoolPlacementResource {
    private final PlacementReadService reads;
    private final Caller caller;

    SchoolPlacementResource(PlacementReadService reads, Caller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SCHOOL, Roles.STATE})
    @Operation(
            operationId = "listSchoolPlacements",
            summary = "Your students' placements and your courses', newest first, a page at a time (the school"
                    + " itself, or the State)",
            description = "The school sees each student's own id (sourcedId); the State does not.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit placements and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = PlacementLists.PlacementPage.class)))
    public CursorPage<PlacementResponse> listSchoolPlacements(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue(PlacementLimits.DEFAULT_LIMIT) @Min(1) @Max(PlacementLimits.MAX_LIMIT)
                    int limit) {
        UUID school = Uuids.require("path.schoolId", schoolId);
        caller.requireOwnOrganization(Roles.SCHOOL, school, "A school reads only its own placements");
        boolean asState = !caller.actsFor(Roles.SCHOOL, school);
        return PlacementLists.responses(
                reads.listSchoolPlacements(school, asState, ListPosition.decode(cursor), limit));
    }
}
