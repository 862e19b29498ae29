package vn.practica.placement.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST .../offers/{externalRef}/cancel}: why, for the students and schools who applied. */
@Schema(name = "CancelOfferRequest", description = "Why the offer is cancelled; those who applied are told")
public record CancelOfferRequest(
        @NotBlank @Size(max = OfferLimits.CANCEL_REASON) String reason) {}
