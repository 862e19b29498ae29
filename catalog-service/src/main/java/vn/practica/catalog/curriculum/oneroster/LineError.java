package vn.practica.catalog.curriculum.oneroster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of a bundle file that could not become a row; {@code line} is 1-based, the header being line 1. */
@Schema(name = "LineError", description = "A line of a bundle file that could not become a row")
public record LineError(
        @Schema(enumeration = {OrgLines.FILE, CourseLineMapper.FILE})
        String file,

        @Schema(minimum = "1", maximum = "2147483647", description = "1-based; the header is line 1")
        int line,

        @Schema(maxLength = LineError.MAX_MESSAGE) String message) {
    /** Messages may quote a value of the line; cut so an error stays small. */
    static final int MAX_MESSAGE = 1000;

    private static final String ELLIPSIS = "…";

    public LineError {
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - ELLIPSIS.length()) + ELLIPSIS;
        }
    }
}
