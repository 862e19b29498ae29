package vn.practica.placement.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** The schools of a round a school organizes: who is invited, who joined, and joining. */
@Path("/api/v1/matching-rounds/{roundId}/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching rounds")
public class RoundSchoolResource {
    private final RoundSchoolService schools;
    private final Caller caller;

    RoundSchoolResource(RoundSchoolService schools, Caller caller) {
        this.schools = schools;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(
            operationId = "listMatchingRoundSchools",
            summary = "The schools of a school's round, organizer first, with when each joined (empty for the"
                    + " State's rounds: every school takes part)")
    @APIResponse(
            responseCode = "200",
            description = "The organizer and the invited schools",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = RoundSchoolService.RoundSchool.class,
                                            maxItems = RoundLimits.MAX_PARTNER_SCHOOLS + 1)))
    @APIResponse(responseCode = "404", description = MatchingRoundResource.NOT_FOUND)
    public List<RoundSchoolService.RoundSchool> listMatchingRoundSchools(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        return schools.list(Uuids.require("path.roundId", roundId), Requester.of(caller));
    }

    @POST
    @Path("/{schoolId}/join")
    @RolesAllowed(Roles.SCHOOL)
    @Operation(
            operationId = "joinMatchingRound",
            summary = "Take part in a round another school invited you to: from now your students rank in it and"
                    + " you upload their lists; joining again changes nothing")
    @APIResponse(
            responseCode = "200",
            description = "Your school in the round, joined",
            content = @Content(schema = @Schema(implementation = RoundSchoolService.RoundSchool.class)))
    @APIResponse(responseCode = "403", description = "forbidden: another school")
    @APIResponse(responseCode = "404", description = "not-found: no such round you may see, or not invited to it")
    @APIResponse(responseCode = "409", description = "round-not-open: past the deadline or closed")
    public RoundSchoolService.RoundSchool joinMatchingRound(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId) {
        return schools.join(
                Uuids.require("path.roundId", roundId), Uuids.require("path.schoolId", schoolId), Requester.of(caller));
    }
}
