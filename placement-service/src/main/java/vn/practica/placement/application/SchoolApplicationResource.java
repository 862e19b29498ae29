package vn.practica.placement.application;

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
import vn.practica.placement.placement.ListPosition;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** A school's students' applications (read-only) and its own for its courses; only its own (the State may read). */
@Path("/api/v1/schools/{schoolId}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class SchoolApplicationResource {
    private final ApplicationReadService reads;
    private final Caller caller;

    SchoolApplicationResource(ApplicationReadService reads, Caller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SCHOOL, Roles.STATE})
    @Operation(
            operationId = "listSchoolApplications",
            summary = "Your students' applications and your own for your courses, newest first, a page at a time"
                    + " (the school itself, or the State)",
            description = "A student's application shows where it stands and the student's own id (sourcedId), not"
                    + " what the student wrote to the business.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit applications and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = ApplicationLists.ApplicationPage.class)))
    public CursorPage<ApplicationResponse> listSchoolApplications(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit")
                    @DefaultValue(ApplicationLimits.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(ApplicationLimits.MAX_LIMIT)
                    int limit) {
        UUID school = Uuids.require("path.schoolId", schoolId);
        caller.requireOwnOrganization(Roles.SCHOOL, school, "A school reads only its own applications");
        boolean asState = !caller.actsFor(Roles.SCHOOL, school);
        return ApplicationLists.responses(
                reads.listSchoolApplications(school, asState, ListPosition.decode(cursor), limit));
    }
}
