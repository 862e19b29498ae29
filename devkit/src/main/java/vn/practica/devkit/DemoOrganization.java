package vn.practica.devkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One of the demo partners that {@code ./practica up} registers: its fixed directory id (the {@code org} claim
 * of its dev tokens), the role its users have, and what it registers with.
 *
 * @param user the {@code sub} of its dev token
 */
public record DemoOrganization(
        UUID id,
        String role,
        String user,
        String kind,
        String identifier,
        String legalName,
        String shortName,
        String provinceCode,
        String address,
        String website,
        String contactEmail,
        List<String> fieldCodes) {

    /** The body of {@code POST /api/v1/organizations} (catalog's RegisterOrganizationRequest). */
    public Map<String, Object> registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("identifier", identifier);
        body.put("legalName", legalName);
        body.put("shortName", shortName);
        body.put("provinceCode", provinceCode);
        body.put("address", address);
        body.put("website", website);
        body.put("contactEmail", contactEmail);
        body.put("fieldCodes", fieldCodes);
        return body;
    }
}
