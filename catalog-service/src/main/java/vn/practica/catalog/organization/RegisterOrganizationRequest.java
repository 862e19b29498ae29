package vn.practica.catalog.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.catalog.field.FieldCodes;

/** Body of {@code POST /api/v1/organizations}. */
@Schema(name = "RegisterOrganizationRequest", description = "A school, business or agency joining the directory")
public record RegisterOrganizationRequest(
        @NotNull @Pattern(regexp = "SCHOOL|BUSINESS|AGENCY", message = "must be SCHOOL, BUSINESS or AGENCY")
        String kind,

        @Schema(description = "Tax code of a business, ministry institution code of a school")
        @NotBlank
        @Size(max = OrganizationProfile.MAX_IDENTIFIER)
        String identifier,

        @NotBlank @Size(max = OrganizationProfile.MAX_LEGAL_NAME)
        String legalName,

        @NotBlank @Size(max = OrganizationProfile.MAX_SHORT_NAME)
        String shortName,

        @Schema(description = "A code of GET /api/v1/provinces") @NotBlank @Size(max = Province.MAX_CODE)
        String provinceCode,

        @Size(max = OrganizationProfile.MAX_ADDRESS) String address,

        @Size(max = OrganizationProfile.MAX_WEBSITE)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String website,

        @Schema(format = "email") @NotBlank @Email @Size(max = OrganizationProfile.MAX_EMAIL)
        String contactEmail,

        @Schema(description = "Codes of GET /api/v1/fields") @Size(max = OrganizationProfile.MAX_FIELDS)
        List<@NotBlank @Size(max = FieldCodes.MAX_LENGTH) String> fieldCodes) {}
