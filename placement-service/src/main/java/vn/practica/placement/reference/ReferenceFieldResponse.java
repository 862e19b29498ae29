package vn.practica.placement.reference;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** A field as placement-service knows it, with the version it last applied. */
@Schema(name = "ReferenceFieldResponse", description = "A field as placement-service has applied it")
public record ReferenceFieldResponse(
        @Schema(maxLength = MAX_CODE) String code,
        @Schema(maxLength = MAX_NAME) String nameVi,
        @Schema(maxLength = MAX_NAME) String nameEn,
        @Schema(enumeration = {"ACTIVE", "RETIRED"}) String status,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION, description = "The catalog version last applied")
        long version,

        Instant updatedAt) {
    /** Column widths (V1__reference_field.sql), the catalog's own. */
    static final int MAX_CODE = 32;

    static final int MAX_NAME = 200;

    static ReferenceFieldResponse of(ReferenceField field) {
        return new ReferenceFieldResponse(
                field.code(), field.nameVi(), field.nameEn(), field.status(), field.version(), field.updatedAt());
    }
}
