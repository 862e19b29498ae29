package vn.practica.placement.student;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * A student's own record, found by their token's {@code sub}: there is no path to anyone else's, so no student
 * can name another's record at all.
 */
@Path("/api/v1/students/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STUDENT)
@Tag(name = "Students")
public class StudentProfileResource {
    private final StudentProfileService service;
    private final Caller caller;

    StudentProfileResource(StudentProfileService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "getMyStudentProfile",
            summary = "Your student record and profile; the ETag is its version, for If-Match on changes")
    @APIResponse(
            responseCode = "200",
            description = "Your record",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = StudentProfileResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no student record is tied to your login yet")
    public Response getMyStudentProfile() {
        Student student = service.findProfile(caller.userId()).orElseThrow(StudentProfileService::noRecord);
        return ok(student);
    }

    @PATCH
    @Operation(
            operationId = "editMyStudentProfile",
            summary = "Change your field interests, CV summary or links; If-Match guards against lost updates")
    @APIResponse(
            responseCode = "200",
            description = "Your record after the change",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = StudentProfileResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no student record is tied to your login yet")
    @APIResponse(
            responseCode = "412",
            description = "stale-version: your record changed since the If-Match version; invalid-if-match")
    public Response editMyStudentProfile(
            @HeaderParam(IfMatch.HEADER) String ifMatch, @Valid @NotNull EditStudentProfileRequest request) {
        Student student = service.editProfile(caller.userId(), request.edit(), IfMatch.version(ifMatch));
        return ok(student);
    }

    private static Response ok(Student student) {
        return Response.ok(StudentProfileResponse.of(student))
                .tag(ETags.of(student.version()))
                .build();
    }
}
