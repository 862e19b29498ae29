package vn.practica.placement.placement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/placements/{placementId}/withdraw}: why, for the other parties. */
@Schema(name = "WithdrawPlacementRequest", description = "Why the placement ends; its other parties read it")
public record WithdrawPlacementRequest(
        @NotBlank @Size(max = PlacementLimits.END_REASON) String reason) {}
