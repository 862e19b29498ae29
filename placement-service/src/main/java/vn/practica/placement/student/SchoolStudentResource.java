package vn.practica.placement.student;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.ratelimit.RateLimitGroup;
import vn.practica.platform.ratelimit.RateLimited;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** Where a school's SIS registers its students, and reads back what it registered; only its own. */
@Path("/api/v1/schools/{schoolId}/students")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Students", description = "Students registered by their schools, and their own profiles")
public class SchoolStudentResource {
    static final int MAX_LIMIT = 200;

    private final StudentRegistrationService service;
    private final Caller caller;

    SchoolStudentResource(StudentRegistrationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed(Roles.SCHOOL)
    @RateLimited(RateLimitGroup.BULK)
    @Operation(
            operationId = "registerStudents",
            summary = "Register or update the school's students by sourcedId; per-row results; idempotent",
            description = "Rows are judged one by one: a row that breaks a rule of its schema (lengths, ranges,"
                    + " formats) or names an unknown or retired field, or a loginSubject another student record"
                    + " holds, is rejected with its reason, and the other rows still apply. Name, e-mail and phone"
                    + " stay in placement-service: events carry a random pseudonymous id.")
    @APIResponse(
            responseCode = "200",
            description = "One result per row, in the order sent",
            content = @Content(schema = @Schema(implementation = StudentSyncResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no organization with this id is known here yet")
    @APIResponse(
            responseCode = "409",
            description = "organization-not-verified: the school is not verified, so it registers no students")
    @APIResponse(
            responseCode = "413",
            description = "row-limit-exceeded: more than " + StudentLimits.MAX_ROWS + " rows; body-too-large")
    @APIResponse(responseCode = "422", description = "not-a-school: the organization is not a school")
    public StudentSyncResponse registerStudents(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @NotNull StudentSyncRequest request) {
        UUID school = Uuids.require("path.schoolId", schoolId);
        caller.requireOwnOrganization(Roles.SCHOOL, school, "A school registers only its own students");
        List<StudentSyncRequest.StudentRow> rows = request.rows();
        if (rows.size() > StudentLimits.MAX_ROWS) {
            throw new DomainException(
                    StudentProblems.ROW_LIMIT_EXCEEDED,
                    rows.size() + " rows in one batch; send at most " + StudentLimits.MAX_ROWS + " rows per request");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                throw DomainException.invalid("body.students[" + i + "]", "must be a row object, not null");
            }
        }
        List<StudentRecord> records =
                rows.stream().map(SchoolStudentResource::record).toList();
        return StudentSyncResponse.of(service.registerStudents(school, records));
    }

    @GET
    @RolesAllowed({Roles.SCHOOL, Roles.STATE})
    @Operation(
            operationId = "listStudents",
            summary = "The school's students in sourcedId order, a page at a time (the school itself, or the State)")
    @APIResponse(
            responseCode = "200",
            description = "At most limit students and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = StudentPage.class)))
    public CursorPage<StudentResponse> listStudents(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit) {
        UUID school = Uuids.require("path.schoolId", schoolId);
        caller.requireOwnOrganization(Roles.SCHOOL, school, "A school reads only its own students");
        Optional<UUID> after = cursor == null ? Optional.empty() : Optional.of(position(cursor));
        CursorPage<Student> page = service.listStudents(school, after, limit);
        return new CursorPage<>(
                page.items().stream().map(StudentResponse::of).toList(),
                page.nextCursor() == null ? null : Cursors.encode(page.nextCursor()));
    }

    private static UUID position(String cursor) {
        return Cursors.decode(cursor, 1)
                .map(parts -> Uuids.parse(parts.get(0)))
                .orElseThrow(() -> DomainException.invalid("query.cursor", "not a cursor from this API"));
    }

    private static StudentRecord record(StudentSyncRequest.StudentRow r) {
        return new StudentRecord(
                r.sourcedId(),
                r.programSourcedId(),
                r.yearOfStudy(),
                r.givenName(),
                r.familyName(),
                r.email(),
                r.phone(),
                r.loginSubject(),
                r.fieldInterests());
    }

    /** The page's schema: {@link CursorPage} of students, with this endpoint's bounds. */
    @Schema(name = "StudentPage", description = "Students in sourcedId order and where to read on")
    record StudentPage(
            @Schema(maxItems = MAX_LIMIT) List<StudentResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next page")
            String nextCursor) {}
}
