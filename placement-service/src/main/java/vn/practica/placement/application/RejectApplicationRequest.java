package vn.practica.placement.application;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of {@code POST /api/v1/applications/{applicationId}/reject}: why, for the applicant alone. */
@Schema(name = "RejectApplicationRequest", description = "Why, for the applicant; never announced")
public record RejectApplicationRequest(
        @Size(max = ApplicationLimits.REJECT_REASON) String reason) {}
