package vn.practica.placement.notification;

import java.util.UUID;

/** Whose change feed a row goes to: a student by placement-service's id of them, or an organization by its id. */
public record Recipient(Kind kind, UUID id) {
    public enum Kind {
        STUDENT,
        ORGANIZATION
    }

    public static Recipient student(UUID studentId) {
        return new Recipient(Kind.STUDENT, studentId);
    }

    public static Recipient organization(UUID organizationId) {
        return new Recipient(Kind.ORGANIZATION, organizationId);
    }
}
