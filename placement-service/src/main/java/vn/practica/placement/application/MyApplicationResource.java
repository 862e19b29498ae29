package vn.practica.placement.application;

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
import vn.practica.placement.placement.ListPosition;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** The signed-in student's applications; there is no path to anyone else's. */
@Path("/api/v1/students/me/applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STUDENT)
@Tag(name = "Applications")
public class MyApplicationResource {
    private final ApplicationReadService reads;
    private final Caller caller;

    MyApplicationResource(ApplicationReadService reads, Caller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listMyApplications",
            summary = "Your applications with your answers, newest first, a page at a time")
    @APIResponse(
            responseCode = "200",
            description = "At most limit applications and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = ApplicationLists.ApplicationPage.class)))
    @APIResponse(responseCode = "404", description = "not-found: no student record is tied to your login yet")
    public CursorPage<ApplicationResponse> listMyApplications(
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit")
                    @DefaultValue(ApplicationLimits.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(ApplicationLimits.MAX_LIMIT)
                    int limit) {
        return ApplicationLists.responses(
                reads.listStudentApplications(Requester.of(caller), ListPosition.decode(cursor), limit));
    }
}
