package vn.practica.placement.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of a placement, as its parties' feeds tell of it: what happened (the audit trail's action), the
 * placement's status afterwards, the role that acted and when. No names and nothing anyone wrote.
 */
public record Notice(UUID placementId, String action, String placementStatus, String actorRole, Instant at) {}
