package vn.practica.catalog.curriculum.oneroster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.catalog.curriculum.CurriculumSyncResource;
import vn.practica.platform.http.MaxBodySize;
import vn.practica.platform.id.Uuids;
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

    private final OneRosterImportService service;
    private final Caller caller;

    OneRosterBundleResource(OneRosterImportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes({ZIP, ZIP_WINDOWS})
    @MaxBodySize("practica.oneroster.max-bundle-size")
    @RateLimited(RateLimitGroup.BULK)
    @RolesAllowed({Roles.SCHOOL, Roles.STATE})
    @Operation(
            summary = "Import the courses of a OneRoster 1.2 CSV bundle",
            description = "Reads manifest.csv, orgs.csv and courses.csv; other files are listed as ignored."
                    + " Per-row results as in the curriculum sync, plus per-line errors."
                    + " A bulk courses.csv marks the school's active courses it leaves out as tobedeleted.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Per-row results, line errors, ignored files")
    @APIResponse(responseCode = "400", description = "Not a readable zip, or a used file is not UTF-8")
    @APIResponse(responseCode = "413", description = "Bundle, its inflated content or its course rows over the limits")
    @APIResponse(responseCode = "422", description = "No manifest, wrong versions, missing file or required column")
    public OneRosterBundleResponse importBundle(
            @PathParam("schoolId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String schoolId,
            InputStream bundle) {
        UUID school = Uuids.require("path.schoolId", schoolId);
        caller.requireOwnOrganization(Roles.SCHOOL, school, "A school may only sync its own curriculum");
        return OneRosterBundleResponse.of(service.importBundle(school, bundle, CurriculumSyncResource.MAX_ROWS));
    }
}
