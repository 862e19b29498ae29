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
import java.util.Optional;
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

/**
 * Applications to a business's offers, as its recruiters review them: each student's profile and competency
 * coverage, their contact once accepted. Only its own (the State may read them, without any of that).
 */
@Path("/api/v1/businesses/{businessId}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class BusinessApplicationResource {
    private final ApplicationReadService reads;
    private final Caller caller;

    BusinessApplicationResource(ApplicationReadService reads, Caller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "listBusinessApplications",
            summary = "Applications to your offers, newest first, a page at a time; optionally of one offer and one"
                    + " status (the business itself, or the State)",
            description = "Each student applicant comes with their programme, year, interests, CV summary and links"
                    + " and which of the offer's required competency items their programme covers; name, e-mail and"
                    + " phone only once they accepted. status is as it stands today: OFFERED lists offers still"
                    + " open to accept, EXPIRED includes those past respondBy.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit applications and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = ApplicationLists.ApplicationPage.class)))
    public CursorPage<ApplicationResponse> listBusinessApplications(
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @QueryParam("offerId")
                    @Parameter(description = "Only applications to this offer")
                    @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
                    String offerId,
            @QueryParam("status")
                    @Parameter(description = "Only applications in this status")
                    @Pattern(regexp = ApplicationLists.STATUSES, message = "must be an application status")
                    String status,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit")
                    @DefaultValue(ApplicationLimits.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(ApplicationLimits.MAX_LIMIT)
                    int limit) {
        UUID business = Uuids.require("path.businessId", businessId);
        caller.requireOwnOrganization(Roles.BUSINESS, business, "A business reads only its own applications");
        boolean asState = !caller.actsFor(Roles.BUSINESS, business);
        return ApplicationLists.responses(reads.listBusinessApplications(
                business,
                asState,
                Optional.ofNullable(offerId).map(Uuids::parse),
                Optional.ofNullable(status).map(ApplicationStatus::valueOf),
                ListPosition.decode(cursor),
                limit));
    }
}
