package vn.practica.placement.offer;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;
import vn.practica.platform.upsert.Upsert;

/**
 * What a bulk upsert did with one row: {@code created}, {@code updated}, {@code unchanged} or {@code rejected}
 * (with the reason); for the others, the offer's id and version (its ETag).
 */
@Schema(name = "OfferBatchResult", description = "What the upsert did with one row")
public record OfferBatchResult(
        @Schema(
                maxLength = OfferLimits.EXTERNAL_REF,
                description = "As sent; a longer one (always rejected) is cut to " + OfferLimits.EXTERNAL_REF
                        + " characters ending in …")
        String externalRef,

        Outcome outcome,
        UUID offerId,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION, description = "The offer's version; send it as If-Match")
        Long version,

        @Schema(maxLength = OfferBatchResult.MAX_REASON) String reason) {
    /** Reasons name the members that were wrong; cut so a result stays small. */
    static final int MAX_REASON = 1000;

    private static final String ELLIPSIS = "…";
    private static final Map<Upsert.Outcome, Outcome> OUTCOMES = Map.of(
            Upsert.Outcome.CREATED, Outcome.created,
            Upsert.Outcome.UPDATED, Outcome.updated,
            Upsert.Outcome.UNCHANGED, Outcome.unchanged);

    @Schema(name = "OfferBatchOutcome")
    public enum Outcome {
        created,
        updated,
        unchanged,
        rejected
    }

    public OfferBatchResult {
        externalRef = cut(externalRef, OfferLimits.EXTERNAL_REF);
        reason = cut(reason, MAX_REASON);
    }

    static OfferBatchResult of(String externalRef, UpsertedOffer upserted) {
        return new OfferBatchResult(
                externalRef,
                OUTCOMES.get(upserted.outcome()),
                upserted.offer().id(),
                upserted.offer().version(),
                null);
    }

    static OfferBatchResult rejected(String externalRef, String reason) {
        return new OfferBatchResult(externalRef, Outcome.rejected, null, null, reason);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - ELLIPSIS.length()) + ELLIPSIS;
    }
}
