package vn.practica.catalog.organization;

import java.util.List;

/** What a partner declares about itself when it registers; identifier already in canonical form. */
public record OrganizationProfile(
        OrganizationKind kind,
        String identifier,
        String legalName,
        String shortName,
        String provinceCode,
        String address,
        String website,
        String contactEmail,
        List<String> fieldCodes) {}
