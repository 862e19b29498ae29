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
import vn.practica.platform.ratelimit.RateLimitGroup;
import vn.practica.platform.ratelimit.RateLimited;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** A matched round's result, open to everyone who sees the round: cut-offs, "why not", verification. */
@Path("/api/v1/matching-rounds/{roundId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching rounds")
public class RoundResultResource {
    private static final String NOT_MATCHED = "round-not-matched: no run of the round has succeeded yet";

    private final RoundResultService results;
    private final Caller caller;

    RoundResultResource(RoundResultService results, Caller caller) {
        this.results = results;
        this.caller = caller;
    }

    @GET
    @Path("/results/offers")
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(
            operationId = "listMatchingRoundOfferResults",
            summary = "Per offer: seats, students admitted and the cut-off (the lowest priority admitted)")
    @APIResponse(
            responseCode = "200",
            description = "Every offer of the round, in id order",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = RoundResults.OfferResult.class,
                                            maxItems = RoundLimits.MAX_OFFERS)))
    @APIResponse(responseCode = "404", description = MatchingRoundResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_MATCHED)
    public List<RoundResults.OfferResult> listMatchingRoundOfferResults(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        return results.offerResults(Uuids.require("path.roundId", roundId), Requester.of(caller));
    }

    @GET
    @Path("/results/me")
    @RolesAllowed(Roles.STUDENT)
    @Operation(
            operationId = "getMyMatchingRoundResult",
            summary = "Your result: the offer you were placed in, and for every offer you ranked why or why not")
    @APIResponse(
            responseCode = "200",
            description = "Your outcome per ranked offer, your priority there and its cut-off",
            content = @Content(schema = @Schema(implementation = RoundResults.StudentResult.class)))
    @APIResponse(responseCode = "404", description = "not-found: no such round that you may see, or you ranked nothing")
    @APIResponse(responseCode = "409", description = NOT_MATCHED)
    public RoundResults.StudentResult getMyMatchingRoundResult(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        return results.studentResult(Uuids.require("path.roundId", roundId), Requester.of(caller));
    }

    @POST
    @Path("/verify")
    @RateLimited(RateLimitGroup.BULK)
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(
            operationId = "verifyMatchingRound",
            summary = "Re-run the round on its stored inputs and compare with the stored result",
            description = "Checks that re-running gives the stored fingerprint byte for byte, that the stored"
                    + " assignment is stable (no blocking pair, no capacity exceeded, independently of the"
                    + " algorithm) and that every student's stored outcome is the re-run's.")
    @APIResponse(
            responseCode = "200",
            description = "What was checked and what it found",
            content = @Content(schema = @Schema(implementation = RoundResults.Verification.class)))
    @APIResponse(responseCode = "404", description = MatchingRoundResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_MATCHED)
    public RoundResults.Verification verifyMatchingRound(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        return results.verify(Uuids.require("path.roundId", roundId), Requester.of(caller));
    }
}
