package vn.practica.catalog.field;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH /api/v1/fields/{code}}: the names to change; an absent name stays as it is. */
@Schema(name = "RenameFieldRequest", description = "The names to change; an absent name stays as it is")
public record RenameFieldRequest(
        @Size(min = 1, max = Field.MAX_NAME) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String nameVi,

        @Size(min = 1, max = Field.MAX_NAME) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String nameEn) {

    /** A rule, not a member of the body. */
    @AssertTrue(message = "give nameVi, nameEn or both")
    @Schema(hidden = true)
    public boolean isNameGiven() {
        return nameVi != null || nameEn != null;
    }
}
