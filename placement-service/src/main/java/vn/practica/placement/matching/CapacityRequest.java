package vn.practica.placement.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many students a business can mentor across all its offers in a round. */
@Schema(name = "RoundBusinessCapacityRequest")
public record CapacityRequest(
        @NotNull @Min(0) @Max(RoundLimits.MAX_BUSINESS_CAPACITY) @Schema(minimum = "0", maximum = "1000000")
        Integer capacity) {

    /** A business's capacity as it stands, with its offers in the round and their seats free now. */
    @Schema(name = "RoundBusinessCapacity")
    public record Current(
            UUID businessId,

            @Schema(
                    minimum = "0",
                    maximum = "1000000",
                    nullable = true,
                    description = "null: no business-wide capacity, each offer's seats alone bound it")
            Integer capacity,

            @Schema(minimum = "0", maximum = "100000") int offers,
            @Schema(minimum = "0", maximum = "2147483647") long seats) {}
}
