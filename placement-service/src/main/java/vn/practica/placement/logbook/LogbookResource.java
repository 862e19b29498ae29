package vn.practica.placement.logbook;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.ListPosition;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.http.OptionalJsonBody;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * A placement's logbook: entries recorded by the student (for a school's course, the business) and approved or
 * returned by the business (for a school's course, the school); read by the parties and, without any text, the
 * State.
 */
@Path("/api/v1/placements/{placementId}/logbook")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Logbooks", description = "The work of an ACTIVE placement, day by day, and its approval")
public class LogbookResource {
    static final String NOT_FOUND = "not-found: no placement (or entry of it) with this id that you may see";
    private static final String STALE = "stale-version: the entry changed since the If-Match version; invalid-if-match";
    private static final String IF_MATCH_REQUIRED = "if-match-required: send the ETag of the version you read";
    private static final String FORBIDDEN = "forbidden: your party does not play this part in the logbook";
    private static final String NOT_ACTIVE = "logbook-placement-not-active: the placement is not ACTIVE";
    private static final String REJECTED_CONTENT = "logbook-date-outside-placement (startDate, endDate);"
            + " logbook-date-in-future (today); logbook-day-over-24-hours (recordedHours);"
            + " logbook-item-not-an-objective (itemIds); idempotency-key-reused";

    private final LogbookService logbooks;
    private final LogbookReadService reads;
    private final OptionalJsonBody bodies;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    LogbookResource(
            LogbookService logbooks,
            LogbookReadService reads,
            OptionalJsonBody bodies,
            IdempotentRequests idempotent,
            Caller caller) {
        this.logbooks = logbooks;
        this.reads = reads;
        this.bodies = bodies;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "getLogbook",
            summary = "Read a placement's logbook totals (its student, school, business, or the State)",
            description = "The agreed hours, the approved hours in all and per learning objective (an entry counts"
                    + " for each competency item it names), the hours awaiting a decision, entries per status, and"
                    + " when approved hours first reached the agreed total (which opens the evaluation window).")
    @APIResponse(
            responseCode = "200",
            description = "The logbook's totals",
            content = @Content(schema = @Schema(implementation = LogbookSummaryResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public LogbookSummaryResponse getLogbook(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId) {
        UUID id = Uuids.require("path.placementId", placementId);
        return reads.summary(id, Requester.of(caller))
                .map(LogbookSummaryResponse::of)
                .orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STUDENT, Roles.BUSINESS})
    @Operation(
            operationId = "recordLogbookEntry",
            summary = "Record a day's work in an ACTIVE placement's logbook (its student; for a school's course its"
                    + " business, recording the hours it delivered)",
            description = "The entry is SUBMITTED and awaits the approver. Its date lies within the agreement's dates"
                    + " and not after today (Vietnam time); the day's entries together hold at most 24 hours; the"
                    + " competency items are among the agreement's learning objectives. Idempotency-Key honoured.")
    @APIResponse(
            responseCode = "201",
            description = "The entry, SUBMITTED; Location names it",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = LogbookEntryResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ACTIVE + "; idempotency-key-in-flight")
    @APIResponse(responseCode = "422", description = REJECTED_CONTENT)
    public Response recordLogbookEntry(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull LogbookEntryRequest request) {
        UUID id = Uuids.require("path.placementId", placementId);
        Requester requester = Requester.of(caller);
        return idempotent.execute(idempotencyKey, () -> {
            LogbookEntryView view = logbooks.recordEntry(id, requester, request.content());
            // A path relative to the server, as platform's Created gives, never resolved against the Host header
            return Response.status(Response.Status.CREATED)
                    .header(HttpHeaders.LOCATION, entryPath(id, view.entry().id()))
                    .entity(LogbookEntryResponse.of(view))
                    .tag(ETags.of(view.entry().version()))
                    .build();
        });
    }

    @GET
    @Path("/entries")
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "listLogbookEntries",
            summary = "List a placement's logbook entries, newest first (its student, school, business, or the State)",
            description = "status filters (SUBMITTED, APPROVED, RETURNED). The State reads dates, hours, items and"
                    + " statuses, not the activity, evidence, comments or who acted.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit entries and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = LogbookEntryPage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CursorPage<LogbookEntryResponse> listLogbookEntries(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @QueryParam("status")
                    @Parameter(description = "Only entries in this status: SUBMITTED, APPROVED or RETURNED")
                    @Pattern(regexp = "SUBMITTED|APPROVED|RETURNED", message = "must be an entry status")
                    String status,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue(LogbookLimits.DEFAULT_LIMIT) @Min(1) @Max(LogbookLimits.MAX_LIMIT)
                    int limit) {
        UUID id = Uuids.require("path.placementId", placementId);
        Optional<ListPosition> after = ListPosition.decode(cursor);
        CursorPage<LogbookEntryView> page = reads.listEntries(
                        id, Requester.of(caller), Optional.ofNullable(status).map(EntryStatus::valueOf), after, limit)
                .orElseThrow(() -> notFound(id));
        return new CursorPage<>(
                page.items().stream().map(LogbookEntryResponse::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/entries/{entryId}")
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "getLogbookEntry",
            summary = "Read one logbook entry (its placement's student, school, business, or the State); the ETag is"
                    + " its version",
            description = "The State reads dates, hours, items and status only.")
    @APIResponse(
            responseCode = "200",
            description = "The entry",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = LogbookEntryResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response getLogbookEntry(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @PathParam("entryId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String entryId) {
        UUID id = Uuids.require("path.placementId", placementId);
        UUID entry = Uuids.require("path.entryId", entryId);
        return ok(reads.findEntry(id, entry, Requester.of(caller)).orElseThrow(() -> notFound(id)));
    }

    @PUT
    @Path("/entries/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STUDENT, Roles.BUSINESS})
    @Operation(
            operationId = "reviseLogbookEntry",
            summary = "Replace a submitted or returned entry (its recorder); a returned entry is submitted again;"
                    + " If-Match required",
            description = "The same rules as recording. An APPROVED entry never changes (409). The same content of"
                    + " a submitted entry changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The entry, SUBMITTED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = LogbookEntryResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ACTIVE + "; logbook-entry-approved")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = REJECTED_CONTENT)
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response reviseLogbookEntry(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @PathParam("entryId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String entryId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @Valid @NotNull LogbookEntryRequest request) {
        UUID id = Uuids.require("path.placementId", placementId);
        UUID entry = Uuids.require("path.entryId", entryId);
        OptionalLong expected = IfMatch.required(ifMatch);
        return ok(logbooks.reviseEntry(id, entry, Requester.of(caller), request.content(), expected));
    }

    @POST
    @Path("/entries/{entryId}/approve")
    @RolesAllowed({Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "approveLogbookEntry",
            summary = "Approve a submitted entry (the business; for a school's course the school); final;"
                    + " If-Match required",
            description = "The body is optional: a comment for the recorder. The entry's hours join the approved"
                    + " total; once that reaches the agreed total and the evaluations of the learner are in, the"
                    + " placement is COMPLETED in the same transaction. Idempotency-Key honoured.")
    @APIResponse(
            responseCode = "200",
            description = "The entry, APPROVED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = LogbookEntryResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = NOT_ACTIVE + "; logbook-entry-not-submitted; idempotency-key-in-flight")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response approveLogbookEntry(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @PathParam("entryId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String entryId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @RequestBody(
                            required = false,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ApproveEntryRequest.class)))
                    byte[] body)
            throws IOException {
        String comment = bodies.read(body, contentType, ApproveEntryRequest.class)
                .map(ApproveEntryRequest::comment)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .orElse(null);
        return decide(placementId, entryId, ifMatch, idempotencyKey, EntryStatus.APPROVED, comment);
    }

    @POST
    @Path("/entries/{entryId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "returnLogbookEntry",
            summary = "Return a submitted entry with a comment (the business; for a school's course the school);"
                    + " If-Match required",
            description = "The recorder reads the comment, edits the entry and so submits it again. Idempotency-Key"
                    + " honoured.")
    @APIResponse(
            responseCode = "200",
            description = "The entry, RETURNED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = LogbookEntryResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = NOT_ACTIVE + "; logbook-entry-not-submitted; idempotency-key-in-flight")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response returnLogbookEntry(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @PathParam("entryId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String entryId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull ReturnEntryRequest request) {
        return decide(
                placementId,
                entryId,
                ifMatch,
                idempotencyKey,
                EntryStatus.RETURNED,
                request.comment().strip());
    }

    /** Approve or return: the same path ids, If-Match and Idempotency-Key, one decision. */
    private Response decide(
            String placementId,
            String entryId,
            String ifMatch,
            String idempotencyKey,
            EntryStatus decision,
            String comment) {
        UUID id = Uuids.require("path.placementId", placementId);
        UUID entry = Uuids.require("path.entryId", entryId);
        OptionalLong expected = IfMatch.required(ifMatch);
        Requester requester = Requester.of(caller);
        return idempotent.execute(
                idempotencyKey, () -> ok(logbooks.decideEntry(id, entry, requester, decision, comment, expected)));
    }

    private static String entryPath(UUID placementId, UUID entryId) {
        return "/api/v1/placements/" + placementId + "/logbook/entries/" + entryId;
    }

    private static Response ok(LogbookEntryView view) {
        return Response.ok(LogbookEntryResponse.of(view))
                .tag(ETags.of(view.entry().version()))
                .build();
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound("No placement " + id + " (or entry of it) that you may see");
    }

    /** The page's schema: {@link CursorPage} of entries, with the list's bounds. */
    @Schema(name = "LogbookEntryPage", description = "Logbook entries, newest first, and where to read on")
    record LogbookEntryPage(
            @Schema(maxItems = LogbookLimits.MAX_LIMIT) List<LogbookEntryResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next page")
            String nextCursor) {}
}
