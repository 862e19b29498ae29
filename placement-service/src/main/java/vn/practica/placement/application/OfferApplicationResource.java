package vn.practica.placement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.http.Created;
import vn.practica.platform.http.ETags;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * Where students apply to internships and real projects, and schools, for one of their courses, to expert
 * teaching and resources.
 */
@Path("/api/v1/offers/{offerId}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class OfferApplicationResource {
    private final ApplicationService applications;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    OfferApplicationResource(ApplicationService applications, IdempotentRequests idempotent, Caller caller) {
        this.applications = applications;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL})
    @Operation(
            operationId = "applyToOffer",
            summary = "Apply to an open offer before its deadline: a student to an internship or real project, a"
                    + " school for one of its courses to expert teaching or resources; once per offer",
            description = "A student applies as the record their school tied to their login, if the offer's"
                    + " eligible schools, programmes and years admit them. A school (verified, not suspended) names"
                    + " one of its active courses (courseSourcedId). One answer per question of the offer, in"
                    + " order. A second application to the same offer is refused, even after a withdrawal."
                    + " Idempotency-Key honoured.")
    @APIResponse(
            responseCode = "201",
            description = "Submitted; Location names the application",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "not-found: no published offer with this id, or no student record tied to your login")
    @APIResponse(
            responseCode = "409",
            description = "already-applied; offer-not-open (offerStatus); application-deadline-passed;"
                    + " organization-not-verified; idempotency-key-in-flight")
    @APIResponse(
            responseCode = "422",
            description = "applicant-kind-not-accepted (contributionKind): students apply to internships and real"
                    + " projects, schools to expert teaching and resources; not-eligible (errors); not-a-school;"
                    + " idempotency-key-reused")
    public Response applyToOffer(
            @PathParam("offerId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String offerId,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull ApplyRequest request) {
        UUID offer = Uuids.require("path.offerId", offerId);
        Requester requester = Requester.of(caller);
        return idempotent.execute(idempotencyKey, () -> {
            ApplicationView view = applications.applyToOffer(offer, requester, request.draft());
            return Created.atTemplate(
                            ApplicationResource.class, view.application().id())
                    .tag(ETags.of(view.application().version()))
                    .entity(ApplicationResponse.of(view))
                    .build();
        });
    }
}
