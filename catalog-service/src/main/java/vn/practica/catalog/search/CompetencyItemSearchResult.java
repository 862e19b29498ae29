package vn.practica.catalog.search;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.catalog.competency.CaseLimits;

/** A competency item (CASE CFItem) found by search; {@code identifier} is its CASE identifier. */
@Schema(name = "CompetencyItemSearchResult", description = "A competency item (CASE CFItem) found by search")
public record CompetencyItemSearchResult(
        UUID identifier,
        UUID frameworkId,
        @Schema(maxLength = CaseLimits.CODE) String humanCodingScheme,
        @Schema(maxLength = CaseLimits.LONG_TEXT) String fullStatement,
        @Schema(maxLength = CaseLimits.CODE) String itemType,

        @Schema(maxItems = CaseLimits.LIST_ENTRIES) List<@Size(max = CaseLimits.LIST_ENTRY) String> educationLevel) {}
