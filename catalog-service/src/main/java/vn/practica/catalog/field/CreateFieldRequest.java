package vn.practica.catalog.field;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/fields}. */
@Schema(name = "CreateFieldRequest", description = "A new field of practical work")
public record CreateFieldRequest(
        @NotBlank @Size(max = FieldCodes.MAX_LENGTH) @Pattern(regexp = FieldCodes.PATTERN, message = FieldCodes.MESSAGE)
        String code,

        @NotBlank @Size(max = Field.MAX_NAME) String nameVi,
        @NotBlank @Size(max = Field.MAX_NAME) String nameEn) {}
