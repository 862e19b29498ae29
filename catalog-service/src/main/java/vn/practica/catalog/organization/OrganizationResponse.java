package vn.practica.catalog.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner as the directory shows it. */
public record OrganizationResponse(
        UUID id,
        String kind,
        String identifier,
        String legalName,
        String shortName,
        String provinceCode,
        String address,
        String website,
        String contactEmail,
        List<String> fieldCodes,
        String status,
        long version,
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
