package vn.practica.catalog.rest;

/** The shape of a field code, shared by path and body validation. */
final class FieldCodes {
    static final String PATTERN = "^[A-Z][A-Z0-9_]{1,31}$";
    static final String MESSAGE =
            "must be 2-32 characters: upper-case letters, digits and underscores, starting with a letter";

    private FieldCodes() {}
}
