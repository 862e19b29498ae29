package vn.practica.placement.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** A business's own inputs to a round: scores of the students who ranked its offers, a capacity across them. */
@Path("/api/v1/matching-rounds/{roundId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching rounds")
public class RoundScoreResource {
    private static final String INPUTS_CLOSED =
            "round-already-matched: the result stands;" + " round-run-in-progress: a run is reading the inputs";
    private static final String NO_OFFER = "not-found: no such round you may see, or no offer of yours in it";

    private final RoundScoreService scores;
    private final Caller caller;

    RoundScoreResource(RoundScoreService scores, Caller caller) {
        this.scores = scores;
        this.caller = caller;
    }

    @GET
    @Path("/offers/{offerId}/candidates")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "listMatchingRoundCandidates",
            summary = "The students who ranked your offer in the round, with your score of each",
            description = "In student id order, a page at a time. How high each ranked the offer is not shown:"
                    + " scores must not depend on it, so that ranking truthfully stays safe for students.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit candidates and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = CandidatePage.class)))
    @APIResponse(responseCode = "404", description = NO_OFFER)
    public CursorPage<RoundCandidate> listMatchingRoundCandidates(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @PathParam("offerId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String offerId,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue(RoundLimits.DEFAULT_LIMIT) @Min(1) @Max(RoundLimits.MAX_LIMIT)
                    int limit) {
        List<RoundCandidate> rows = scores.candidates(
                Uuids.require("path.roundId", roundId),
                Uuids.require("path.offerId", offerId),
                Requester.of(caller),
                after(cursor),
                limit + 1);
        return CursorPage.of(rows, limit, c -> Cursors.encode(c.studentId().toString()));
    }

    @PUT
    @Path("/offers/{offerId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "replaceMatchingRoundScores",
            summary = "Score the students who ranked your offer; replaces the offer's scores (an empty list clears)",
            description = "Students you score rank before those you leave to the default (coverage of the offer's"
                    + " competency items), higher scores first; ties go by the published lottery. Until the round is"
                    + " run; students rank until the preference deadline, so score after it to see every candidate.")
    @APIResponse(
            responseCode = "200",
            description = "How many scores the offer now has",
            content = @Content(schema = @Schema(implementation = ScoresRequest.Stored.class)))
    @APIResponse(responseCode = "404", description = NO_OFFER)
    @APIResponse(responseCode = "409", description = INPUTS_CLOSED)
    @APIResponse(
            responseCode = "422",
            description = "invalid-scores: scores[i].studentId did not rank the offer or appears twice; nothing"
                    + " was written")
    public ScoresRequest.Stored replaceMatchingRoundScores(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @PathParam("offerId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String offerId,
            @Valid @NotNull ScoresRequest request) {
        return scores.replaceScores(
                Uuids.require("path.roundId", roundId),
                Uuids.require("path.offerId", offerId),
                Requester.of(caller),
                request.scores());
    }

    @GET
    @Path("/businesses/{businessId}/capacity")
    @RolesAllowed({Roles.BUSINESS, Roles.SCHOOL, Roles.STATE})
    @Operation(
            operationId = "getMatchingRoundBusinessCapacity",
            summary = "A business's mentoring capacity across its offers in the round (the business, the organizer,"
                    + " the State)")
    @APIResponse(
            responseCode = "200",
            description = "The capacity (null: none) with the business's offers in the round and their seats free now",
            content = @Content(schema = @Schema(implementation = CapacityRequest.Current.class)))
    @APIResponse(responseCode = "403", description = "forbidden: another business's capacity")
    @APIResponse(
            responseCode = "404",
            description = "not-found: no such round you may see, or no offer of the" + " business in it")
    public CapacityRequest.Current getMatchingRoundBusinessCapacity(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId) {
        return scores.capacity(
                Uuids.require("path.roundId", roundId),
                Uuids.require("path.businessId", businessId),
                Requester.of(caller));
    }

    @PUT
    @Path("/businesses/{businessId}/capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "setMatchingRoundBusinessCapacity",
            summary = "Set how many students your business mentors across all its offers in the round",
            description = "With a capacity the run uses the student-project allocation form: a student is admitted"
                    + " by an offer only while both the offer and the business have room (docs/matching.md).")
    @APIResponse(
            responseCode = "200",
            description = "The capacity as stored",
            content = @Content(schema = @Schema(implementation = CapacityRequest.Current.class)))
    @APIResponse(responseCode = "403", description = "forbidden: another business's capacity")
    @APIResponse(responseCode = "404", description = "not-found: no such round you may see, or no offer of yours in it")
    @APIResponse(responseCode = "409", description = INPUTS_CLOSED)
    public CapacityRequest.Current setMatchingRoundBusinessCapacity(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @Valid @NotNull CapacityRequest request) {
        return scores.setCapacity(
                Uuids.require("path.roundId", roundId),
                Uuids.require("path.businessId", businessId),
                Requester.of(caller),
                Optional.of(request.capacity()));
    }

    @DELETE
    @Path("/businesses/{businessId}/capacity")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "removeMatchingRoundBusinessCapacity",
            summary = "Lift your business-wide capacity in the round: each offer's seats alone bound it")
    @APIResponse(
            responseCode = "200",
            description = "The business's offers in the round, without a capacity",
            content = @Content(schema = @Schema(implementation = CapacityRequest.Current.class)))
    @APIResponse(responseCode = "403", description = "forbidden: another business's capacity")
    @APIResponse(responseCode = "404", description = "not-found: no such round you may see, or no offer of yours in it")
    @APIResponse(responseCode = "409", description = INPUTS_CLOSED)
    public CapacityRequest.Current removeMatchingRoundBusinessCapacity(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId) {
        return scores.setCapacity(
                Uuids.require("path.roundId", roundId),
                Uuids.require("path.businessId", businessId),
                Requester.of(caller),
                Optional.empty());
    }

    /** The student after whom the page starts; a cursor this API did not issue is a problem naming it. */
    private static Optional<UUID> after(String cursor) {
        if (cursor == null) {
            return Optional.empty();
        }
        return Optional.of(Cursors.decode(cursor, 1)
                .map(parts -> Uuids.parse(parts.get(0)))
                .orElseThrow(() -> DomainException.invalid("query.cursor", "not a cursor from this API")));
    }

    /** The page's schema: {@link CursorPage} of candidates. */
    @Schema(name = "RoundCandidatePage")
    record CandidatePage(
            @Schema(maxItems = RoundLimits.MAX_LIMIT) List<RoundCandidate> items,
            @Schema(maxLength = Cursors.MAX_LENGTH) String nextCursor) {}
}
