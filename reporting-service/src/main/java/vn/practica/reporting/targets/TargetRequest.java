package vn.practica.reporting.targets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/targets/{year}/{kpi}}. */
@Schema(name = "TargetRequest", description = "The value the KPI should reach by the end of the year")
public record TargetRequest(
        @NotNull @Min(0) @Max(TargetService.MAX_TARGET) @Schema(minimum = "0", maximum = "100000000")
        Long target) {}
