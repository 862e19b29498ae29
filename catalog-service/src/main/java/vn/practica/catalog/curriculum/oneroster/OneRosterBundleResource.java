package vn.practica.catalog.curriculum.oneroster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.catalog.curriculum.CurriculumLimits;
import vn.practica.platform.http.MaxBodySize;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.ratelimit.RateLimitGroup;
import vn.practica.platform.ratelimit.RateLimited;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** Where a school uploads a OneRoster 1.2 CSV bundle; its courses go through the curriculum sync. */
@Path("/api/v1/schools/{schoolId}/oneroster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Curriculum sync", description = "OneRoster-style bulk upsert of a school's programmes and courses")
public class OneRosterBundleResource {
    static final String ZIP = "application/zip";
    /** What Windows browsers send for a .zip file. */
    static final String ZIP_WINDOWS = "application/x-zip-compressed";
    /** practica.oneroster.max-bundle-size's default, 10M. */
    private static final int DEFAULT_MAX_BUNDLE_BYTES = 10 * 1024 * 1024;

    private final OneRosterImportService service;
    private final Caller caller;
    private final IdempotentRequests idempotent;

    OneRosterBundleResource(OneRosterImportService service, Caller caller, IdempotentRequests idempotent) {
        this.service = service;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @Consumes({ZIP, ZIP_WINDOWS})
    @MaxBodySize("practica.oneroster.max-bundle-size")
    @RateLimited(RateLimitGroup.BULK)
    @RolesAllowed({Roles.SCHOOL, Roles.STATE})
    @Operation(
            operationId = "importOneRosterBundle",
            summary = "Import the courses of a OneRoster 1.2 CSV bundle",
            description = "Reads manifest.csv, orgs.csv and courses.csv; other files are listed as ignored."
                    + " Per-row results as in the curriculum sync, plus per-line errors."
                    + " A bulk courses.csv marks the school's active courses it leaves out as tobedeleted.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = ZIP,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            format = "binary",
                                            maxLength = DEFAULT_MAX_BUNDLE_BYTES,
                                            description =
                                                    "A zip of CSV files; at most practica.oneroster.max-bundle-size bytes,"
                                                            + " 10 MB by default")))
    @APIResponse(
            responseCode = "200",
            description = "Per-row results, line errors, ignored files",
            content = @Content(schema = @Schema(implementation = OneRosterBundleResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "bundle-not-a-zip: not a readable zip; bundle-not-utf8: a used file is not UTF-8;"
                    + " invalid-request: the school id")
    @APIResponse(responseCode = "404", description = "not-found: no organization with this id")
    @APIResponse(
            responseCode = "409",
            description = "organization-not-verified: the school is not verified, so it publishes no curriculum")
    @APIResponse(
            responseCode = "413",
            description = "bundle-too-large: the bundle, an entry or all entries inflated over the limits;"
                    + " row-limit-exceeded: more than " + CurriculumLimits.MAX_ROWS + " course rows")
    @APIResponse(
            responseCode = "422",
            description =
                    "bundle-unusable: no manifest, wrong versions, missing file or required column;" + " not-a-school")
    public Response importBundle(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                    String idempotencyKey,
            InputStream bundle) {
        UUID school = Uuids.require("path.schoolId", schoolId);
        caller.requireOwnOrganization(Roles.SCHOOL, school, "A school may only sync its own curriculum");
        return idempotent.execute(
                idempotencyKey,
                () -> Response.ok(OneRosterBundleResponse.of(
                                service.importBundle(school, bundle, CurriculumLimits.MAX_ROWS)))
                        .build());
    }
}
