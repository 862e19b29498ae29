package vn.practica.catalog.competency;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The uris this service gives CASE objects that arrive without one; derived from the id, so stable. */
@ApplicationScoped
public class CaseUris {
    private final String base;

    CaseUris(CaseConfig config) {
        this.base = config.baseUri().replaceAll("/+$", "");
    }

    public String document(UUID id) {
        return base + "/CFDocuments/" + id;
    }

    public String item(UUID id) {
        return base + "/CFItems/" + id;
    }

    public String association(UUID id) {
        return base + "/CFAssociations/" + id;
    }

    public String casePackage(UUID id) {
        return base + "/CFPackages/" + id;
    }

    static String orElse(String uri, String generated) {
        return uri == null || uri.isBlank() ? generated : uri;
    }
}
