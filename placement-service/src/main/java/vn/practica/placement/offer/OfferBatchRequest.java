package vn.practica.placement.offer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.json.CheckedPerRow;

/**
 * Body of {@code PUT /api/v1/businesses/{businessId}/offers}: offers keyed by the business's own ids. Rows are
 * judged one by one: the constraints are checked per row, so a row that breaks one is rejected alone (nothing
 * validates the whole body).
 */
@Schema(
        name = "OfferBatchRequest",
        description = "Offers keyed by your own ids; at most " + OfferLimits.MAX_ROWS + " rows")
public record OfferBatchRequest(
        @Schema(maxItems = OfferLimits.MAX_ROWS) List<OfferRow> offers) {

    /** One offer and the business's own id of it. */
    @CheckedPerRow
    @Schema(name = "OfferRow", description = "An offer by your own id; a row breaking these bounds is rejected alone")
    public record OfferRow(
            @Schema(description = "Your stable id of the offer, as in PUT .../offers/{externalRef}")
            @NotNull
            @Size(max = OfferLimits.EXTERNAL_REF)
            @Pattern(regexp = OfferLimits.EXTERNAL_REF_PATTERN, message = OfferLimits.EXTERNAL_REF_MESSAGE)
            String externalRef,

            @NotNull @Valid OfferRequest offer) {}

    List<OfferRow> rows() {
        return offers == null ? List.of() : offers;
    }
}
