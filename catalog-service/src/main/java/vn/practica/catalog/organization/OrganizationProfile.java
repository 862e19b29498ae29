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
        List<String> fieldCodes) {
    /** Column widths (V4__organization.sql); registrations are validated against them. */
    public static final int MAX_IDENTIFIER = 32;

    public static final int MAX_LEGAL_NAME = 300;
    public static final int MAX_SHORT_NAME = 100;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_WEBSITE = 300;
    /** RFC 5321's longest forward path. */
    public static final int MAX_EMAIL = 254;
    /** Fields of practical work an organization names. */
    public static final int MAX_FIELDS = 10;
}
