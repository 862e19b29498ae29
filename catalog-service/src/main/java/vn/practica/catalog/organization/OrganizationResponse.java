package vn.practica.catalog.organization;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.catalog.field.FieldCodes;
import vn.practica.platform.http.ETags;

/** A partner as the directory shows it. */
@Schema(name = "OrganizationResponse", description = "A partner as the directory shows it")
public record OrganizationResponse(
        UUID id,

        @Schema(enumeration = {"SCHOOL", "BUSINESS", "AGENCY"})
        String kind,

        @Schema(maxLength = OrganizationProfile.MAX_IDENTIFIER)
        String identifier,

        @Schema(maxLength = OrganizationProfile.MAX_LEGAL_NAME)
        String legalName,

        @Schema(maxLength = OrganizationProfile.MAX_SHORT_NAME)
        String shortName,

        @Schema(maxLength = Province.MAX_CODE) String provinceCode,
        @Schema(maxLength = OrganizationProfile.MAX_ADDRESS) String address,

        @Schema(maxLength = OrganizationProfile.MAX_WEBSITE, format = "uri")
        String website,

        @Schema(maxLength = OrganizationProfile.MAX_EMAIL, format = "email")
        String contactEmail,

        @Schema(maxItems = OrganizationProfile.MAX_FIELDS) List<@Size(max = FieldCodes.MAX_LENGTH) String> fieldCodes,

        @Schema(enumeration = {"PENDING", "VERIFIED", "SUSPENDED", "REJECTED"})
        String status,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant createdAt,
        Instant updatedAt) {

    static OrganizationResponse of(Organization org) {
        return new OrganizationResponse(
                org.id(),
                org.kind().name(),
                org.identifier(),
                org.legalName(),
                org.shortName(),
                org.provinceCode(),
                org.address(),
                org.website(),
                org.contactEmail(),
                org.fieldCodes(),
                org.status().name(),
                org.version(),
                org.createdAt(),
                org.updatedAt());
    }
}
