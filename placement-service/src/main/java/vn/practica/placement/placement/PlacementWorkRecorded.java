package vn.practica.placement.placement;

import java.util.UUID;

/**
 * A CDI event fired, inside its transaction and with the placement locked, when work that may complete a
 * placement is recorded: a logbook entry approved, an evaluation submitted. The completion check observes it
 * synchronously, so a placement completes in the very transaction that made it complete.
 */
public record PlacementWorkRecorded(UUID placementId, boolean heldBySchool, AuditActor actor) {}
