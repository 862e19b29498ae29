package vn.practica.catalog.field;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/fields}. */
public record CreateFieldRequest(
        @NotBlank @Pattern(regexp = FieldCodes.PATTERN, message = FieldCodes.MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String nameVi,
        @NotBlank @Size(max = 200) String nameEn) {}
