package vn.practica.placement.logbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a logbook entry's return: what the recorder should change. */
@Schema(name = "ReturnEntryRequest", description = "Why the entry goes back, for the recorder")
public record ReturnEntryRequest(
        @NotBlank @Size(max = LogbookLimits.COMMENT) String comment) {}
