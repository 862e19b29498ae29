package vn.practica.placement.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** Runs of a round: started by its organizer, followed by anyone who sees the round, as JSON or as a stream. */
@Path("/api/v1/matching-rounds/{roundId}/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching rounds")
public class RoundRunResource {
    private static final Duration STREAM_EVERY = Duration.ofMillis(500);
    private static final String RUN_NOT_FOUND = "not-found: no such round that you may see, or no such run of it";

    private final RoundRunService runs;
    private final Caller caller;

    RoundRunResource(RoundRunService runs, Caller caller) {
        this.runs = runs;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.STATE, Roles.SCHOOL})
    @Operation(
            operationId = "startMatchingRoundRun",
            summary = "Run the round (its organizer), once ranking has ended; it proceeds in the background",
            description = "Closes the round first if its deadline has passed (round.closed). Follow the run at the"
                    + " Location, or as server-sent events at Location/events. A run that fails writes nothing and"
                    + " the round may run again; one that succeeds makes the round MATCHED, announces round.matched"
                    + " and one placement.proposed per match.")
    @APIResponse(
            responseCode = "202",
            description = "The run, RUNNING",
            content = @Content(schema = @Schema(implementation = RoundRunStatus.class)))
    @APIResponse(responseCode = "404", description = MatchingRoundResource.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "round-not-closed: the deadline has not passed (close it early first);"
                    + " round-already-matched; round-run-in-progress: another run is running (its runId given)")
    public Response startMatchingRoundRun(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        UUID id = Uuids.require("path.roundId", roundId);
        RoundRunStatus run = runs.start(id, Requester.of(caller));
        return Response.accepted(run)
                .location(URI.create("/api/v1/matching-rounds/" + id + "/runs/" + run.id()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(operationId = "listMatchingRoundRuns", summary = "The round's last 20 runs, newest first")
    @APIResponse(
            responseCode = "200",
            description = "Runs",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = RoundRunStatus.class,
                                            maxItems = RoundLimits.MAX_RUNS)))
    @APIResponse(responseCode = "404", description = MatchingRoundResource.NOT_FOUND)
    public List<RoundRunStatus> listMatchingRoundRuns(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        return runs.list(Uuids.require("path.roundId", roundId), Requester.of(caller));
    }

    @GET
    @Path("/{runId}")
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(operationId = "getMatchingRoundRun", summary = "A run's phase, percent and counts")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content = @Content(schema = @Schema(implementation = RoundRunStatus.class)))
    @APIResponse(responseCode = "404", description = RUN_NOT_FOUND)
    public RoundRunStatus getMatchingRoundRun(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @PathParam("runId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String runId) {
        return runs.read(
                Uuids.require("path.roundId", roundId), Uuids.require("path.runId", runId), Requester.of(caller));
    }

    @GET
    @Path("/{runId}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS, Roles.STUDENT})
    @Operation(
            operationId = "streamMatchingRoundRun",
            summary = "The run as server-sent events: its state every half second until it has finished")
    @APIResponse(
            responseCode = "200",
            description = "A stream of the run's states, the last one SUCCEEDED or FAILED",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(implementation = RoundRunStatus.class)))
    @APIResponse(responseCode = "404", description = RUN_NOT_FOUND)
    public Multi<RoundRunStatus> streamMatchingRoundRun(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @PathParam("runId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String runId) {
        UUID round = Uuids.require("path.roundId", roundId);
        UUID run = Uuids.require("path.runId", runId);
        Requester requester = Requester.of(caller);
        RoundRunStatus first = runs.read(round, run, requester);
        if (!first.running()) {
            return Multi.createFrom().item(first);
        }
        return Multi.createFrom()
                .ticks()
                .every(STREAM_EVERY)
                .onOverflow()
                .drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> QuarkusTransaction.requiringNew().call(() -> runs.read(round, run, requester)))
                .plug(RoundRunResource::untilFinished);
    }

    /** The states while running, and the first finished one, then the end of the stream. */
    private static Multi<RoundRunStatus> untilFinished(Multi<RoundRunStatus> states) {
        AtomicBoolean finished = new AtomicBoolean();
        return states.select().first(state -> !finished.getAndSet(!state.running()));
    }
}
