package vn.practica.placement.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one row of a preference upload was refused: its line (1 is the first data row), a reason code, words. */
@Schema(name = "PreferenceRowError")
public record RowError(
        @Schema(minimum = "0", maximum = "2147483647") long line,
        @Schema(maxLength = 32) String reason,
        @Schema(maxLength = 200) String detail) {
    static final String MALFORMED = "malformed-row";
}
