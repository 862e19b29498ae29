package vn.practica.catalog.organization;

import java.util.regex.Pattern;

/** Kinds of partner, each with the shape of its official identifier. */
public enum OrganizationKind {
    /** Ministry of Education institution code, e.g. {@code BKA}. */
    SCHOOL("^[A-Z0-9]{2,10}$", "a ministry institution code: 2-10 upper-case letters or digits"),
    /** Enterprise tax code: 10 digits, or 13 for a dependent unit (10 digits, optional hyphen, 3 digits). */
    BUSINESS("^\\d{10}(\\d{3})?$", "a tax code of 10 or 13 digits (0101234567 or 0101234567-001)"),
    /** State agency code. */
    AGENCY("^[A-Z0-9][A-Z0-9._-]{1,19}$", "an agency code: 2-20 upper-case letters, digits, '.', '_' or '-'");

    private final Pattern identifier;
    private final String identifierRule;

    OrganizationKind(String identifier, String identifierRule) {
        this.identifier = Pattern.compile(identifier);
        this.identifierRule = identifierRule;
    }

    /** The identifier in canonical form (tax codes without the hyphen), or empty if malformed. */
    public java.util.Optional<String> canonicalIdentifier(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (this == BUSINESS) {
            value = value.replaceFirst("^(\\d{10})-(\\d{3})$", "$1$2");
        }
        return identifier.matcher(value).matches() ? java.util.Optional.of(value) : java.util.Optional.empty();
    }

    public String identifierRule() {
        return identifierRule;
    }
}
