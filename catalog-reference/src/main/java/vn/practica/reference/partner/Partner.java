package vn.practica.reference.partner;

import java.util.UUID;

/**
 * A partner as the consuming service last heard of it from catalog: enough to decide who may write (kind,
 * status), nothing to contact it by.
 *
 * @param kind {@code SCHOOL}, {@code BUSINESS} or {@code AGENCY}
 * @param status {@code PENDING}, {@code VERIFIED}, {@code SUSPENDED} or {@code REJECTED}
 */
public record Partner(UUID id, String kind, String status) {
    public static final String SCHOOL = "SCHOOL";
    public static final String BUSINESS = "BUSINESS";
    public static final String VERIFIED = "VERIFIED";
    public static final String SUSPENDED = "SUSPENDED";

    public boolean isSchool() {
        return SCHOOL.equals(kind);
    }

    public boolean isBusiness() {
        return BUSINESS.equals(kind);
    }

    public boolean isVerified() {
        return VERIFIED.equals(status);
    }

    public boolean isSuspended() {
        return SUSPENDED.equals(status);
    }
}
