package vn.practica.catalog.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One clause an agreement under the model must hold, as a Vietnamese and English text template the agreement
 * copies. Texts are stripped of surrounding white space; line breaks inside are kept.
 */
@Schema(name = "AgreementClause", description = "A clause the agreement must hold, in Vietnamese and English")
public record AgreementClause(
        @Schema(description = "Names the clause within its model, unique there")
        @NotBlank
        @Size(max = CooperationLimits.MAX_CLAUSE_KEY)
        @Pattern(regexp = CooperationLimits.CLAUSE_KEY_PATTERN, message = CooperationLimits.CLAUSE_KEY_MESSAGE)
        String key,

        @NotBlank @Size(max = CooperationLimits.MAX_CLAUSE_TEXT)
        String textVi,

        @NotBlank @Size(max = CooperationLimits.MAX_CLAUSE_TEXT)
        String textEn) {

    public AgreementClause {
        textVi = strip(textVi);
        textEn = strip(textEn);
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
