package vn.practica.reporting.province;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/provinces/{code}/population}. */
@Schema(name = "PopulationRequest", description = "A province's population, from an official source")
public record PopulationRequest(
        @NotNull @Min(1) @Max(ProvinceService.MAX_POPULATION) @Schema(minimum = "1", maximum = "200000000")
        Long population) {}
