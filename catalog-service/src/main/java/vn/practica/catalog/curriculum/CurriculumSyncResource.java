package vn.practica.catalog.curriculum;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.ratelimit.RateLimitGroup;
import vn.practica.platform.ratelimit.RateLimited;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** Where a school's LMS/SIS pushes its programmes and courses. */
@Path("/api/v1/schools/{schoolId}/curriculum")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Curriculum sync", description = "OneRoster-style bulk upsert of a school's programmes and courses")
public class CurriculumSyncResource {
    /** Most rows (programmes plus courses) in one batch; larger syncs are split by the client. */
    public static final int MAX_ROWS = CurriculumLimits.MAX_ROWS;

    private final CurriculumSyncService service;
    private final Caller caller;

    CurriculumSyncResource(CurriculumSyncService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({Roles.SCHOOL, Roles.STATE})
    @RateLimited(RateLimitGroup.BULK)
    @Operation(
            operationId = "syncCurriculum",
            summary = "Upsert programmes and courses by sourcedId; per-row results; idempotent",
            description = "Rows are judged one by one: a row that breaks a rule of its schema (lengths, ranges,"
                    + " enumerations) or names an unknown field, programme or competency item is rejected with its"
                    + " reason, and the other rows still apply.")
    @APIResponse(
            responseCode = "200",
            description = "One result per row, in the order sent",
            content = @Content(schema = @Schema(implementation = CurriculumSyncResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no organization with this id")
    @APIResponse(
            responseCode = "409",
            description = "organization-not-verified: the school is not verified, so it publishes no curriculum")
    @APIResponse(
            responseCode = "413",
            description = "row-limit-exceeded: more than " + MAX_ROWS + " rows; body-too-large")
    @APIResponse(responseCode = "422", description = "not-a-school: the organization is not a school")
    public CurriculumSyncResponse syncCurriculum(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @NotNull CurriculumSyncRequest request) {
        UUID school = Uuids.require("path.schoolId", schoolId);
        caller.requireOwnOrganization(Roles.SCHOOL, school, "A school may only sync its own curriculum");
        int rows = request.programRows().size() + request.courseRows().size();
        if (rows > MAX_ROWS) {
            throw new DomainException(
                    CurriculumProblems.ROW_LIMIT_EXCEEDED,
                    rows + " rows in one batch; send at most " + MAX_ROWS + " rows per request");
        }
        requireNoNullRows("programs", request.programRows());
        requireNoNullRows("courses", request.courseRows());
        List<ProgramRecord> programs = request.programRows().stream()
                .map(CurriculumSyncResource::program)
                .toList();
        List<CourseRecord> courses = request.courseRows().stream()
                .map(CurriculumSyncResource::course)
                .toList();
        var r = service.syncCurriculum(school, programs, courses);
        return CurriculumSyncResponse.of(r);
    }

    /** A null where a row belongs is a malformed request, not a row to judge: nothing says which row it was. */
    private static void requireNoNullRows(String list, List<?> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                throw DomainException.invalid("body." + list + "[" + i + "]", "must be a row object, not null");
            }
        }
    }

    private static ProgramRecord program(CurriculumSyncRequest.ProgramRow r) {
        return new ProgramRecord(
                r.sourcedId(),
                r.fieldCode(),
                r.level() == null ? 0 : r.level(),
                r.nameVi(),
                r.nameEn(),
                r.durationMonths(),
                status(r.status()),
                r.dateLastModified());
    }

    private static CourseRecord course(CurriculumSyncRequest.CourseRow r) {
        return new CourseRecord(
                r.sourcedId(),
                r.code(),
                r.title(),
                r.credits(),
                r.practicalHours(),
                r.learningOutcomes(),
                r.programSourcedIds(),
                r.competencyItemIds(),
                status(r.status()),
                r.dateLastModified());
    }

    /** Null when unknown, so that row alone is rejected. */
    private static SyncStatus status(String value) {
        for (SyncStatus status : SyncStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
