package vn.practica.platform.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {
    public static final String STATE = "state";
    public static final String SCHOOL = "school";
    public static final String BUSINESS = "business";
    public static final String STUDENT = "student";

    private Roles() {}
}
