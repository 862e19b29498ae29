package vn.practica.placement.logbook;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of an approval: the approver's comment for the recorder. */
@Schema(name = "ApproveEntryRequest", description = "The approver's comment for the recorder, if any")
public record ApproveEntryRequest(
        @Schema(description = "For the recorder") @Size(max = LogbookLimits.COMMENT)
        String comment) {}
