package vn.practica.catalog.field;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/v1/fields/{code}}: the names to change; an absent name stays as it is. */
public record RenameFieldRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String nameVi,

        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String nameEn) {

    @AssertTrue(message = "give nameVi, nameEn or both")
    public boolean isNameGiven() {
        return nameVi != null || nameEn != null;
    }
}
