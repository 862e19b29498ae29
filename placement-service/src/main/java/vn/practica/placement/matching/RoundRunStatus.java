package vn.practica.placement.matching;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.jdbc.NativeValues;

/** A run as its readers follow it: phase, percent and counts while it runs; the fingerprint once it succeeded. */
@Schema(name = "MatchingRoundRun")
public record RoundRunStatus(
        UUID id,
        UUID roundId,

        @Schema(enumeration = {"RUNNING", "SUCCEEDED", "FAILED"})
        String status,

        @Schema(enumeration = {"QUEUED", "LOADING", "MATCHING", "VERIFYING", "PERSISTING", "DONE"})
        String phase,

        @Schema(minimum = "0", maximum = "100") int percent,

        @Schema(
                minimum = "0",
                maximum = "2147483647",
                description = "Students who ranked; known once the inputs are read")
        Integer students,

        @Schema(minimum = "0", maximum = "2147483647") Integer offers,

        @Schema(minimum = "0", maximum = "2147483647", description = "Ranked choices in all")
        Integer choices,

        @Schema(minimum = "0", maximum = "2147483647", description = "Students placed; once it succeeded")
        Integer matched,

        @Schema(maxLength = 64) String fingerprint,

        @Schema(
                maxLength = 1000,
                description = "Why it failed. Before its result was fixed nothing of it stays and the next run matches"
                        + " again; after, the next run writes the placements it did not, to the same result")
        String error,

        Instant startedAt,
        Instant heartbeatAt,
        Instant finishedAt) {

    static RoundRunStatus of(Object[] r) {
        return new RoundRunStatus(
                (UUID) r[0],
                (UUID) r[1],
                (String) r[2],
                (String) r[3],
                ((Number) r[4]).intValue(),
                integer(r[5]),
                integer(r[6]),
                integer(r[7]),
                integer(r[8]),
                (String) r[9],
                (String) r[10],
                NativeValues.instant(r[11]),
                NativeValues.instant(r[12]),
                NativeValues.instant(r[13]));
    }

    boolean running() {
        return "RUNNING".equals(status);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
