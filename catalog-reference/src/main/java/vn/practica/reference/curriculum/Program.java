package vn.practica.reference.curriculum;

import java.util.UUID;

/**
 * A school's programme as the consuming service last heard of it from catalog.
 *
 * @param sourcedId the school's own id for the programme, as a student's record names it
 * @param level Vietnamese Qualifications Framework level, 1 to 8
 * @param active false once catalog announced it {@code tobedeleted}
 */
public record Program(UUID id, UUID schoolId, String sourcedId, String fieldCode, int level, boolean active) {}
