package vn.practica.placement.student;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.json.CheckedPerRow;

/**
 * Body of {@code PUT /api/v1/schools/{schoolId}/students}: students keyed by the school's sourcedIds. The bounds
 * on rows are their row rules ({@link StudentRowRules}), stated for the OpenAPI document: a row that breaks one
 * is rejected alone, so they are not Bean Validation constraints (the constraints on list entries only tell the
 * document: nothing validates this record).
 */
@Schema(
        name = "StudentSyncRequest",
        description = "Students keyed by the school's sourcedIds; at most " + StudentLimits.MAX_ROWS + " rows")
public record StudentSyncRequest(
        @Schema(maxItems = StudentLimits.MAX_ROWS) List<StudentRow> students) {

    /** One student as the school's SIS knows them. */
    @CheckedPerRow
    @Schema(name = "StudentRow", description = "A student; a row breaking these bounds is rejected alone")
    public record StudentRow(
            @Schema(required = true, maxLength = StudentLimits.SOURCED_ID, description = "The school's student id")
            String sourcedId,

            @Schema(
                    required = true,
                    maxLength = StudentLimits.SOURCED_ID,
                    description = "The school's sourcedId of the student's programme, as in its curriculum sync")
            String programSourcedId,

            @Schema(
                    required = true,
                    minimum = "" + StudentLimits.MIN_YEAR,
                    maximum = "" + StudentLimits.MAX_YEAR,
                    description = "1 in the programme's first year")
            Integer yearOfStudy,

            @Schema(required = true, maxLength = StudentLimits.NAME)
            String givenName,

            @Schema(required = true, maxLength = StudentLimits.NAME)
            String familyName,

            @Schema(required = true, maxLength = StudentLimits.EMAIL, pattern = StudentRowRules.EMAIL_PATTERN)
            String email,

            @Schema(maxLength = StudentLimits.PHONE, pattern = StudentRowRules.PHONE_PATTERN)
            String phone,

            @Schema(
                    maxLength = StudentLimits.LOGIN_SUBJECT,
                    description = "The sub claim of the student's tokens, which ties a login to this record; unique"
                            + " across the platform. Absent: the student cannot sign in yet")
            String loginSubject,

            @Schema(maxItems = StudentLimits.MAX_INTERESTS, description = "Codes of active fields")
            List<@Size(max = StudentLimits.FIELD_CODE) @Pattern(regexp = StudentLimits.FIELD_CODE_PATTERN) String>
                    fieldInterests) {}

    List<StudentRow> rows() {
        return students == null ? List.of() : students;
    }
}
