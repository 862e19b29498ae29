package vn.practica.placement.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.offer.OfferLimits;
import vn.practica.placement.student.StudentLimits;
import vn.practica.platform.http.Created;
import vn.practica.platform.http.ETags;

/**
 * A placement as its reader may see it; members a reader may not see are absent: {@code endReason} for the
 * State, {@code studentSourcedId} for all but the school, {@code contact} for all but the business.
 */
@Schema(name = "PlacementResponse", description = "A placement; members you may not see are absent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementResponse(
        UUID id,

        @Schema(description = "The accepted application it came from")
        UUID applicationId,

        UUID offerId,
        @Schema(maxLength = OfferLimits.TITLE) String offerTitle,
        UUID businessId,
        ApplicantKind applicantKind,

        @Schema(description = "The student's school, or the school whose course it is for")
        UUID schoolId,

        @Schema(maxLength = StudentLimits.SOURCED_ID, description = "The school's course, for a school's placement")
        String courseSourcedId,

        @Schema(
                maxLength = StudentLimits.SOURCED_ID,
                description = "The school's own id of the student; for the school")
        String studentSourcedId,

        @Schema(description = "For the business only") ContactResponse contact,
        PlacementStatus status,

        @Schema(description = "Who ended it early; absent while it runs")
        PlacementParty endedBy,

        @Schema(maxLength = PlacementLimits.END_REASON, description = "Why it ended; for its parties")
        String endReason,

        Instant endedAt,

        @Schema(description = "The agreed start day, from which it is ACTIVE; absent until AGREED")
        LocalDate startsOn,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant createdAt,
        Instant updatedAt) {

    public static PlacementResponse of(PlacementView view) {
        PlacementDetails p = view.placement();
        PlacementAudience audience = view.audience();
        boolean party = audience.party().isPresent();
        boolean student = view.student() != null;
        return new PlacementResponse(
                p.id(),
                p.applicationId(),
                p.offerId(),
                view.offerTitle(),
                p.businessId(),
                p.applicantKind(),
                p.schoolId(),
                p.courseSourcedId(),
                student && audience == PlacementAudience.SCHOOL ? view.student().sourcedId() : null,
                student && audience == PlacementAudience.BUSINESS ? ContactResponse.of(view.student()) : null,
                p.status(),
                p.endedBy(),
                party ? p.endReason() : null,
                p.endedAt(),
                p.startsOn(),
                p.version(),
                p.createdAt(),
                p.updatedAt());
    }

    /** 201 for a new placement: {@code Location} names it, the ETag is its version. */
    public static Response created(PlacementView view) {
        return Created.atTemplate(PlacementResource.class, view.placement().id())
                .tag(ETags.of(view.placement().version()))
                .entity(of(view))
                .build();
    }
}
