package vn.practica.reference.curriculum;

import java.util.UUID;

/**
 * A school's course as the consuming service last heard of it from catalog.
 *
 * @param sourcedId the school's own id for the course
 * @param active false once catalog announced it {@code tobedeleted}
 */
public record Course(UUID id, UUID schoolId, String sourcedId, boolean active) {}
