package vn.practica.catalog.competency;

/** What a CASE package import did, counted over the CFDocument, its CFItems and CFAssociations. */
public record CaseImportResponse(String identifier, int created, int updated, int deleted, int unchanged) {
    static CaseImportResponse of(ImportResult r) {
        return new CaseImportResponse(r.frameworkId().toString(), r.created(), r.updated(), r.deleted(), r.unchanged());
    }
}
