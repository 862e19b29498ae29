package vn.practica.placement.student;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH /api/v1/students/me}: what to change; an absent member stays as it is. */
@Schema(
        name = "EditStudentProfileRequest",
        description = "What to change in your profile; an absent member stays as it is")
public record EditStudentProfileRequest(
        @Schema(description = "Codes of active fields; replaces your interests (also those your school gave)")
        @Size(max = StudentLimits.MAX_INTERESTS)
        List<
                        @NotNull @Size(max = StudentLimits.FIELD_CODE)
                        @Pattern(regexp = StudentLimits.FIELD_CODE_PATTERN, message = StudentLimits.FIELD_CODE_MESSAGE)
                        String>
                fieldInterests,

        @Schema(description = "A few lines about you; empty clears it. Never leaves placement-service's API")
        @Size(max = StudentLimits.CV_SUMMARY)
        String cvSummary,

        @Schema(description = "Your portfolio, repositories or profiles: https URLs; replaces your links")
        @Size(max = StudentLimits.MAX_LINKS)
        List<
                        @NotNull @Size(max = StudentLimits.LINK)
                        @Pattern(regexp = EditStudentProfileRequest.HTTPS_URL, message = "must be an https URL") String>
                links,

        @Schema(
                description = "Your own DID (did:method:id), to name you in the credentials issued to you from now"
                        + " on instead of a salted hash of your e-mail; empty clears it. Credentials issued"
                        + " before keep what they say")
        @Size(max = StudentLimits.CREDENTIAL_DID)
        @Pattern(regexp = EditStudentProfileRequest.DID_OR_EMPTY, message = "must be a DID (did:method:id) or empty")
        String credentialDid) {
    /** https, a host name (no user name or password), an optional port, then anything without spaces. */
    static final String HTTPS_URL =
            "^https://[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?" + "(?:[/?#]\\S*)?$";

    /** A DID, or nothing to clear it. */
    static final String DID_OR_EMPTY = "^$|" + StudentLimits.CREDENTIAL_DID_PATTERN;

    /** A rule, not a member of the body. */
    @AssertTrue(message = "give fieldInterests, cvSummary, links, credentialDid or several")
    @Schema(hidden = true)
    public boolean isChangeGiven() {
        return fieldInterests != null || cvSummary != null || links != null || credentialDid != null;
    }

    ProfileEdit edit() {
        return new ProfileEdit(fieldInterests, cvSummary, links, credentialDid);
    }
}
