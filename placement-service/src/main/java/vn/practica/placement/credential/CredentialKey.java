package vn.practica.placement.credential;

import java.time.Instant;

/** A stored signing key: its id, its public JWK (JSON) and when it was made and retired (null while it signs). */
record CredentialKey(String kid, String publicJwk, byte[] privateKeySealed, Instant createdAt, Instant retiredAt) {}
