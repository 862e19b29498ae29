package vn.practica.catalog.curriculum;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.time.Timestamps;

/** Incremental course reads: follow {@code nextCursor} until a page comes back empty. */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Curriculum sync")
public class CourseResource {
    private static final int MAX_LIMIT = 5000;

    private final CurriculumReadService service;

    CourseResource(CurriculumReadService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listChangedCourses",
            summary = "Courses changed since a time, oldest first, with a stable cursor (tobedeleted rows included)")
    @APIResponse(
            responseCode = "200",
            description = "At most limit courses and the cursor to read on from",
            content = @Content(schema = @Schema(implementation = CoursePage.class)))
    public CursorPage<CourseResponse> listChangedCourses(
            @QueryParam("updatedSince")
                    @Parameter(
                            description = "An RFC 3339 time; the start when absent",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String updatedSince,
            @QueryParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(MAX_LIMIT) int limit) {
        DeltaCursor after = cursor == null
                ? DeltaCursor.START
                : DeltaCursor.decode(cursor).orElseThrow(() -> invalid("query.cursor", "not a cursor from this API"));
        var page = service.coursesChangedSince(
                since(updatedSince), after, Optional.ofNullable(schoolId).map(Uuids::parse), limit);
        List<CourseResponse> items =
                page.courses().stream().map(CourseResponse::of).toList();
        return new CursorPage<>(items, page.next().encode());
    }

    private static Instant since(String value) {
        if (value == null) {
            return Instant.EPOCH;
        }
        String rule = "must be an RFC 3339 time such as 2026-01-31T00:00:00Z, " + Timestamps.STORABLE_RULE;
        try {
            Instant since = Instant.parse(value);
            if (!Timestamps.isStorable(since)) {
                throw invalid("query.updatedSince", rule);
            }
            return since;
        } catch (DateTimeParseException e) {
            throw invalid("query.updatedSince", rule);
        }
    }

    /** The page's schema: {@link CursorPage} of courses, with this endpoint's bounds. */
    @Schema(name = "CoursePage", description = "Courses in change order and where to read on")
    record CoursePage(
            @Schema(maxItems = MAX_LIMIT) List<CourseResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next changes")
            String nextCursor) {}

    private static DomainException invalid(String field, String message) {
        return DomainException.invalid(List.of(new Problem.FieldError(field, message)));
    }
}
