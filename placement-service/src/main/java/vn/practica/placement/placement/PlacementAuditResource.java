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
import java.util.List;
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

/** A placement's audit trail, oldest first: read by its student, its school, its business or the State. */
@Path("/api/v1/placements/{placementId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class PlacementAuditResource {
    private final PlacementAuditService audit;
    private final Caller caller;

    PlacementAuditResource(PlacementAuditService audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "getPlacementAudit",
            summary = "Read a placement's audit trail, oldest first: every transition and every change and"
                    + " confirmation of its agreement (who, role, when, what changed)",
            description = "For the placement's student, school and business, and the State; the State does not"
                    + " see who acted (their sub) nor the supervisor's and mentor's names a change set.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit entries and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "404", description = PlacementResource.NOT_FOUND)
    public CursorPage<AuditEntryResponse> getPlacementAudit(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue(PlacementLimits.DEFAULT_LIMIT) @Min(1) @Max(PlacementLimits.MAX_LIMIT)
                    int limit) {
        UUID id = Uuids.require("path.placementId", placementId);
        PlacementAuditService.AuditTrail trail = audit.readAudit(id, Requester.of(caller), cursor, limit)
                .orElseThrow(() -> PlacementService.notFound(id));
        return new CursorPage<>(
                trail.page().items().stream()
                        .map(entry -> AuditEntryResponse.of(entry, trail.audience()))
                        .toList(),
                trail.page().nextCursor());
    }

    /** The page's schema: {@link CursorPage} of audit entries, with the list's bounds. */
    @Schema(name = "AuditPage", description = "Audit entries, oldest first, and where to read on")
    record AuditPage(
            @Schema(maxItems = PlacementLimits.MAX_LIMIT) List<AuditEntryResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next page")
            String nextCursor) {}
}
