package vn.practica.catalog.field;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** A field as partners read it. */
@Schema(name = "FieldResponse", description = "A field of practical work")
public record FieldResponse(
        @Schema(maxLength = FieldCodes.MAX_LENGTH, pattern = FieldCodes.PATTERN)
        String code,

        @Schema(maxLength = Field.MAX_NAME) String nameVi,
        @Schema(maxLength = Field.MAX_NAME) String nameEn,
        @Schema(enumeration = {"ACTIVE", "RETIRED"}) String status,
        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant createdAt,
        Instant updatedAt) {

    static FieldResponse of(Field field) {
        return new FieldResponse(
                field.code(),
                field.nameVi(),
                field.nameEn(),
                field.status().name(),
                field.version(),
                field.createdAt(),
                field.updatedAt());
    }
}
