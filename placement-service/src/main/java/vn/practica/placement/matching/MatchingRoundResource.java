package vn.practica.placement.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.ListPosition;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** Matching rounds: opened by the State (national) or a school (its students), read by those taking part. */
@Path("/api/v1/matching-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching rounds", description = "Students rank offers; a run places them by deferred acceptance")
public class MatchingRoundResource {
    static final String NOT_FOUND = "not-found: no matching round with this id that you may see";

    private final MatchingRoundService rounds;
    private final Caller caller;

    MatchingRoundResource(MatchingRoundService rounds, Caller caller) {
        this.rounds = rounds;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STATE, Roles.SCHOOL})
    @Operation(
            operationId = "openMatchingRound",
            summary = "Open a matching round (the State: national; a school: for its own students)",
            description = "The round holds the open offers for students (internships, real projects) whose work"
                    + " starts between startsFrom and startsUntil, of fieldCode and provinceCode when given, still"
                    + " taking applications, and for a school's round open to its students. The lottery seed is"
                    + " drawn now and published in the response and in round.opened.")
    @APIResponse(
            responseCode = "201",
            description = "The round, OPEN",
            content = @Content(schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-request: dates out of range, or the deadline passed;"
                    + " round-without-offers: no open offer fits")
    public Response openMatchingRound(@Valid @NotNull OpenRoundRequest request) {
        RoundResponse round = rounds.open(request.definition(), Requester.of(caller));
        return Response.created(URI.create("/api/v1/matching-rounds/" + round.id()))
                .entity(round)
                .build();
    }

    @GET
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(
            operationId = "listMatchingRounds",
            summary = "The rounds you take part in (the State: all), newest first, a page at a time")
    @APIResponse(
            responseCode = "200",
            description = "At most limit rounds and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = RoundPage.class)))
    public CursorPage<RoundResponse> listMatchingRounds(
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue(RoundLimits.DEFAULT_LIMIT) @Min(1) @Max(RoundLimits.MAX_LIMIT)
                    int limit) {
        List<RoundResponse> rows = rounds.list(Requester.of(caller), ListPosition.decode(cursor), limit + 1);
        return CursorPage.of(rows, limit, r -> new ListPosition(r.createdAt(), r.id()).encode());
    }

    @GET
    @Path("/{roundId}")
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(
            operationId = "getMatchingRound",
            summary = "Read a round, its seed and, once matched, its result's" + " fingerprint")
    @APIResponse(
            responseCode = "200",
            description = "The round",
            content = @Content(schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RoundResponse getMatchingRound(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        return rounds.read(Uuids.require("path.roundId", roundId), Requester.of(caller));
    }

    @GET
    @Path("/{roundId}/offers")
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(operationId = "listMatchingRoundOffers", summary = "The offers students of the round may rank")
    @APIResponse(
            responseCode = "200",
            description = "Every offer of the round, in id order, with its seats as they stand now",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = RoundOfferResponse.class,
                                            maxItems = RoundLimits.MAX_OFFERS)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<RoundOfferResponse> listMatchingRoundOffers(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        return rounds.offers(Uuids.require("path.roundId", roundId), Requester.of(caller)).stream()
                .map(RoundOfferResponse::of)
                .toList();
    }

    @POST
    @Path("/{roundId}/close")
    @RolesAllowed({Roles.STATE, Roles.SCHOOL})
    @Operation(
            operationId = "closeMatchingRound",
            summary = "End ranking now, before the deadline (the round's organizer); announced as round.closed")
    @APIResponse(
            responseCode = "200",
            description = "The round, CLOSED (or as it was, when ranking had ended already)",
            content = @Content(schema = @Schema(implementation = RoundResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RoundResponse closeMatchingRound(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        UUID id = Uuids.require("path.roundId", roundId);
        Requester requester = Requester.of(caller);
        rounds.visible(id, requester);
        return rounds.closeEarly(id, requester);
    }

    /** The page's schema: {@link CursorPage} of rounds. */
    @Schema(name = "MatchingRoundPage")
    record RoundPage(
            @Schema(maxItems = RoundLimits.MAX_LIMIT) List<RoundResponse> items,
            @Schema(maxLength = Cursors.MAX_LENGTH) String nextCursor) {}
}
