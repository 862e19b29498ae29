package vn.practica.placement.reference;

import java.time.Instant;

/** A field as placement-service knows it, with the version it last applied. */
public record ReferenceFieldResponse(
        String code, String nameVi, String nameEn, String status, long version, Instant updatedAt) {

    static ReferenceFieldResponse of(ReferenceField field) {
        return new ReferenceFieldResponse(
                field.code(), field.nameVi(), field.nameEn(), field.status(), field.version(), field.updatedAt());
    }
}
