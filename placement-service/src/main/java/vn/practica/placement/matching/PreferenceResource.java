package vn.practica.placement.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.http.BodyTooLargeException;
import vn.practica.platform.http.MaxBodySize;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.ratelimit.RateLimitGroup;
import vn.practica.platform.ratelimit.RateLimited;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** Ranked choices in a round: a student's own list, and schools' and the State's bulk uploads. */
@Path("/api/v1/matching-rounds/{roundId}/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching rounds")
public class PreferenceResource {
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    /** practica.matching.max-upload-size's default, 32M. */
    private static final int MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

    private static final String RULES = "round-not-open: past the deadline or closed; invalid-preferences: a row"
            + " names an unknown student, another school's student, an offer outside the round, a rank beyond the"
            + " cap, a rank or an offer twice, or an offer the student is not eligible for; nothing is written";

    private final PreferenceService preferences;
    private final Caller caller;

    PreferenceResource(PreferenceService preferences, Caller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STUDENT)
    @Operation(
            operationId = "rankMatchingRoundOffers",
            summary = "Rank the round's offers, most wanted first; replaces your list (an empty list withdraws)")
    @APIResponse(
            responseCode = "200",
            description = "Your list as stored",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = PreferenceService.RankedOffer.class,
                                            maxItems = RoundLimits.MAX_CHOICE_CAP)))
    @APIResponse(responseCode = "404", description = MatchingRoundResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "round-not-open: past the deadline or closed")
    @APIResponse(responseCode = "422", description = "invalid-preferences: each error names offerIds[i]")
    public List<PreferenceService.RankedOffer> rankMatchingRoundOffers(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @Valid @NotNull RankRequest request) {
        return preferences.rankMine(Uuids.require("path.roundId", roundId), Requester.of(caller), request.ids());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.STUDENT)
    @Operation(operationId = "getMyMatchingRoundPreferences", summary = "Your ranked list in the round")
    @APIResponse(
            responseCode = "200",
            description = "Your list, most wanted first",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = PreferenceService.RankedOffer.class,
                                            maxItems = RoundLimits.MAX_CHOICE_CAP)))
    @APIResponse(responseCode = "404", description = MatchingRoundResource.NOT_FOUND)
    public List<PreferenceService.RankedOffer> getMyMatchingRoundPreferences(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId) {
        return preferences.readMine(Uuids.require("path.roundId", roundId), Requester.of(caller));
    }

    @POST
    @Consumes({CSV, NDJSON})
    @MaxBodySize("practica.matching.max-upload-size")
    @RateLimited(RateLimitGroup.BULK)
    @RolesAllowed({Roles.SCHOOL, Roles.STATE})
    @Operation(
            operationId = "uploadMatchingRoundPreferences",
            summary = "Upload students' ranked lists in bulk, streamed: a school its own students', the State anyone's",
            description = "CSV with the header schoolId,studentId,rank,offerId (studentId is the school's own id of"
                    + " the student, its sourcedId) or NDJSON with one object of those members a line. The rows of a"
                    + " student replace that student's whole list. Every row is checked; if any breaks a rule,"
                    + " nothing is written and the 422 lists the first " + RoundLimits.MAX_ROW_ERRORS
                    + " errors by line (rowErrors) and their count (rowErrorCount).")
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = MAX_UPLOAD_BYTES)),
                @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = MAX_UPLOAD_BYTES))
            })
    @APIResponse(
            responseCode = "200",
            description = "How many students' lists and ranked choices were written",
            content = @Content(schema = @Schema(implementation = PreferenceService.Upload.class)))
    @APIResponse(responseCode = "404", description = MatchingRoundResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "round-not-open: past the deadline or closed")
    @APIResponse(responseCode = "413", description = "body-too-large: over practica.matching.max-upload-size")
    @APIResponse(responseCode = "422", description = RULES)
    public PreferenceService.Upload uploadMatchingRoundPreferences(
            @PathParam("roundId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String roundId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        UUID id = Uuids.require("path.roundId", roundId);
        PreferenceUploadParser.Format format = contentType != null && contentType.startsWith(NDJSON)
                ? PreferenceUploadParser.Format.NDJSON
                : PreferenceUploadParser.Format.CSV;
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        try {
            return preferences.upload(id, Requester.of(caller), reader, format);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BodyTooLargeException tooLarge) {
                throw new DomainException(PlatformProblems.BODY_TOO_LARGE, tooLarge.getMessage());
            }
            throw e;
        }
    }
}
