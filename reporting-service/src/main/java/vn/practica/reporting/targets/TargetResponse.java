package vn.practica.reporting.targets;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** A target as everyone signed in reads it. */
@Schema(name = "TargetResponse", description = "A yearly target of the State; null field or province means all")
public record TargetResponse(
        UUID id,
        @Schema(minimum = "2000", maximum = "2100") int year,

        @Schema(
                enumeration = {"placedApplicants", "activeApplicants", "filledSeats", "seatsOffered", "offersPublished"
                })
        String kpi,

        @Schema(maxLength = 32, nullable = true) String fieldCode,
        @Schema(maxLength = 8, nullable = true) String provinceCode,
        @Schema(minimum = "0", maximum = "100000000") long target,
        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant updatedAt) {

    static TargetResponse of(Target target) {
        TargetKey key = target.key();
        return new TargetResponse(
                target.id(),
                key.year(),
                key.kpi().parameter(),
                key.fieldCode().orElse(null),
                key.provinceCode().orElse(null),
                target.target(),
                target.version(),
                target.updatedAt());
    }
}
