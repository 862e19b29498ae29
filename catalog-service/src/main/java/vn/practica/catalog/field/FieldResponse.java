package vn.practica.catalog.field;

import java.time.Instant;

/** A field as partners read it. */
public record FieldResponse(
        String code, String nameVi, String nameEn, String status, long version, Instant createdAt, Instant updatedAt) {

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
