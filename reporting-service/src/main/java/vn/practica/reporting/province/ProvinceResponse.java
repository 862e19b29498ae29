package vn.practica.reporting.province;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** A province as everyone reads it; population null until the State sets it. */
@Schema(name = "ProvinceResponse", description = "A province or centrally-run city and its population, if set")
public record ProvinceResponse(
        @Schema(maxLength = ProvinceCodes.MAX_LENGTH, pattern = ProvinceCodes.PATTERN)
        String code,

        @Schema(maxLength = 100) String nameVi,
        @Schema(maxLength = 100) String nameEn,
        @Schema(enumeration = {"city", "province"}) String kind,

        @Schema(
                minimum = "1",
                maximum = "200000000",
                nullable = true,
                description = "Inhabitants, as the State set it; null: not set, no indicators per 10,000")
        Long population,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version) {

    static ProvinceResponse of(Province province) {
        return new ProvinceResponse(
                province.code(),
                province.nameVi(),
                province.nameEn(),
                province.kind(),
                province.population().isPresent() ? province.population().getAsLong() : null,
                province.version());
    }
}
