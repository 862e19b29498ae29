package vn.practica.placement.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A business's scores for the students who ranked one of its offers; replaces the offer's scores whole. */
@Schema(name = "RoundScores")
public record ScoresRequest(
        @NotNull @Size(max = ScoresRequest.MAX_SCORES) @Schema(maxItems = ScoresRequest.MAX_SCORES)
        List<@NotNull @Valid Entry> scores) {
    /** One request scores a popular offer's candidates at once; a round holds far fewer per offer. */
    static final int MAX_SCORES = 20_000;

    /** One student's score, a percentage with at most four decimals. */
    @Schema(name = "RoundScore")
    public record Entry(
            @NotNull UUID studentId,

            @NotNull
            @DecimalMin("0")
            @DecimalMax(RoundScores.MAX_PERCENT)
            @Digits(integer = 3, fraction = RoundScores.DECIMALS)
            @Schema(minimum = "0", maximum = "100")
            BigDecimal score) {}

    /** What the replacement stored. */
    @Schema(name = "RoundScoresStored")
    public record Stored(
            UUID offerId,
            @Schema(minimum = "0", maximum = "20000") int scored) {}
}
