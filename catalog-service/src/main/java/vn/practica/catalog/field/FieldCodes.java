package vn.practica.catalog.field;

/** The shape of a field code, shared by path and body validation. */
public final class FieldCodes {
    public static final String PATTERN = "^[A-Z][A-Z0-9_]{1,31}$";
    /** What {@link #PATTERN} allows; stated on its own so the OpenAPI document can give it as maxLength. */
    public static final int MAX_LENGTH = 32;

    public static final String MESSAGE =
            "must be 2-32 characters: upper-case letters, digits and underscores, starting with a letter";

    private FieldCodes() {}
}
