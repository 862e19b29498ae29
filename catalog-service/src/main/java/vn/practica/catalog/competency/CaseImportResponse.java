package vn.practica.catalog.competency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a CASE package import did, counted over the CFDocument, its CFItems and CFAssociations. */
@Schema(
        name = "CaseImportResponse",
        description = "What an import did, counted over the CFDocument, CFItems and" + " CFAssociations")
public record CaseImportResponse(
        @Schema(format = "uuid", description = "The framework's identifier")
        String identifier,

        @Schema(minimum = "0", maximum = "" + CaseImportResponse.MAX_COUNT)
        int created,

        @Schema(minimum = "0", maximum = "" + CaseImportResponse.MAX_COUNT)
        int updated,

        @Schema(minimum = "0", maximum = "" + CaseImportResponse.MAX_COUNT)
        int deleted,

        @Schema(minimum = "0", maximum = "" + CaseImportResponse.MAX_COUNT)
        int unchanged) {
    /** The document and the most items and associations one package holds. */
    static final int MAX_COUNT = 1 + CaseLimits.MAX_ITEMS + CaseLimits.MAX_ASSOCIATIONS;

    static CaseImportResponse of(ImportResult r) {
        return new CaseImportResponse(r.frameworkId().toString(), r.created(), r.updated(), r.deleted(), r.unchanged());
    }
}
