package vn.practica.placement.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supervisor or a mentor in a change to the agreement: their token's {@code sub} and the name to print. */
@Schema(name = "PersonRequest", description = "A school or business user: the sub of their token and their name")
public record PersonRequest(
        @Schema(description = "The sub of their tokens") @NotBlank @Size(max = AgreementLimits.SUBJECT)
        String subject,

        @Schema(description = "Their name as printed on the agreement") @NotBlank @Size(max = AgreementLimits.NAME)
        String name) {

    Person person() {
        return new Person(subject.strip(), name.strip());
    }
}
