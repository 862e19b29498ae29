package vn.practica.placement.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.offer.OfferLimits;
import vn.practica.platform.http.ETags;

/** A round as every reader sees it; the seed is public from the moment it opens. */
@Schema(name = "MatchingRound")
public record RoundResponse(
        UUID id,
        @Schema(maxLength = RoundLimits.NAME) String name,
        @Schema(maxLength = RoundLimits.TERM) String term,
        LocalDate startsFrom,
        LocalDate startsUntil,
        @Schema(enumeration = {"STATE", "SCHOOL"}) String organizerKind,

        @Schema(description = "The organizing school; absent for the State's rounds")
        UUID organizerId,

        @Schema(maxLength = OfferLimits.CODE) String fieldCode,
        @Schema(maxLength = OfferLimits.PROVINCE_CODE) String provinceCode,
        Instant preferenceDeadline,
        @Schema(minimum = "1", maximum = "50") int choiceCap,
        @Schema(enumeration = {"OPEN", "CLOSED", "MATCHED"}) String status,

        @Schema(
                maxLength = 20,
                description = "The lottery's seed (decimal, signed 64-bit): with it and the students' pseudonyms"
                        + " anyone recomputes every lottery number (docs/matching.md)")
        String seed,

        @Schema(minimum = "0", maximum = "2147483647", description = "How many offers the round holds")
        int offers,

        @Schema(maxLength = 64, description = "The algorithm and version of the result; absent until matched")
        String algorithm,

        @Schema(maxLength = 64, description = "SHA-256 of the result; the verify endpoint recomputes it")
        String resultFingerprint,

        Instant createdAt,
        Instant closedAt,
        Instant matchedAt,
        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version) {

    static RoundResponse of(MatchingRound r, int offers) {
        return new RoundResponse(
                r.id(),
                r.name(),
                r.term(),
                r.startsFrom(),
                r.startsUntil(),
                r.organizerKind().name(),
                r.organizerId().orElse(null),
                r.fieldCode().orElse(null),
                r.provinceCode().orElse(null),
                r.preferenceDeadline(),
                r.choiceCap(),
                r.status().name(),
                Long.toString(r.seed()),
                offers,
                r.algorithm().orElse(null),
                r.resultFingerprint().orElse(null),
                r.createdAt(),
                r.closedAt().orElse(null),
                r.matchedAt().orElse(null),
                r.version());
    }
}
