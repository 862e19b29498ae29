package vn.practica.placement.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/**
 * An entry of a placement's audit trail as its reader may see it: the State reads roles, times and what changed,
 * but not who acted (their {@code sub}) nor the names a change set.
 */
@Schema(name = "AuditEntryResponse", description = "Who did what to the placement or its agreement, and when")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryResponse(
        @Schema(
                minimum = "1",
                maximum = ETags.MAX_VERSION,
                description = "Increasing in the order entries were written")
        long sequence,

        Instant at,

        @Schema(
                enumeration = {"STUDENT", "SCHOOL", "BUSINESS", "SYSTEM"},
                description = "SYSTEM: the start sweep")
        String actorRole,

        @Schema(maxLength = 255, description = "The sub of the actor's token; for the parties, absent for SYSTEM")
        String actorSubject,

        AuditAction action,

        @Schema(description = "The placement's status after the entry")
        PlacementStatus placementStatus,

        @Schema(
                minimum = "1",
                maximum = ETags.MAX_VERSION,
                description = "The agreement version the entry made or confirmed")
        Long agreementVersion,

        @Schema(maxItems = 20) List<Change> changes) {

    /** One member changed, with its value before and after as text; personal values are absent for the State. */
    @Schema(name = "AuditChange", description = "A member the entry changed, before and after")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(maxLength = 64) String member,
            @Schema(maxLength = 20000) String from,
            @Schema(maxLength = 20000) String to) {}

    static AuditEntryResponse of(AuditEntry entry, PlacementAudience audience) {
        boolean party = audience.party().isPresent();
        return new AuditEntryResponse(
                entry.sequence(),
                entry.at(),
                entry.actor().role(),
                party ? entry.actor().subject() : null,
                entry.action(),
                entry.placementStatus(),
                entry.agreementVersion(),
                entry.changes().stream()
                        .map(change -> party ? change : change.withoutPersonalValues())
                        .map(change -> new Change(change.member(), change.from(), change.to()))
                        .toList());
    }
}
