package vn.practica.placement.agreement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An agreement as it is stored, for reading: the cooperation model version it is made under, its content, the
 * confirmations of its current version (null where awaited) and its version.
 */
public record AgreementDetails(
        UUID placementId,
        String cooperationModelCode,
        long cooperationModelVersion,
        AgreementContent content,
        Map<AgreementSlot, Confirmation> confirmations,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
