package vn.practica.placement.credential;

import java.time.Instant;

/** A rotation of the signing key: the key retired (null when there was none), the key that signs from now, when. */
public record KeyRotation(String retiredKid, String activeKid, Instant rotatedAt) {}
