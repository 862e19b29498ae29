package vn.practica.placement.agreement;

import java.time.Instant;

/** A party's confirmation of the agreement's current version: when, and by whom (their token's {@code sub}). */
public record Confirmation(Instant at, String by) {}
