package vn.practica.placement.notification;

import java.util.UUID;

/**
 * Who a placement's change is told to: its student (none for a school's course), its school and its business. One
 * change-feed row names all three, and each reads it as its own.
 */
public record Parties(UUID studentId, UUID schoolId, UUID businessId) {}
