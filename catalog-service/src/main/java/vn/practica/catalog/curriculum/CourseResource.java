package vn.practica.catalog.curriculum;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.time.Timestamps;

/** Incremental course reads: follow {@code nextCursor} until a page comes back empty. */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Curriculum sync")
public class CourseResource {
    private final CurriculumReadService service;

    CourseResource(CurriculumReadService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Courses changed since a time, oldest first, with a stable cursor (tobedeleted rows included)")
    public CursorPage<CourseResponse> listChangedCourses(
            @QueryParam("updatedSince") String updatedSince,
            @QueryParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
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

    private static DomainException invalid(String field, String message) {
        return DomainException.invalid(List.of(new Problem.FieldError(field, message)));
    }
}
