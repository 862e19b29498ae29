package vn.practica.events.catalog;

import java.util.List;

/**
 * Data of every organization event: the partner after the change. Contact details stay in catalog-service;
 * consumers get what they need to authorize and aggregate (kind, province, status, fields).
 *
 * @param id organization id, the value of tokens' {@code org} claim, record key and {@code ce_subject}
 * @param kind {@code SCHOOL}, {@code BUSINESS} or {@code AGENCY}
 * @param status {@code PENDING}, {@code VERIFIED} or {@code SUSPENDED}
 * @param fieldCodes fields of activity
 * @param version monotonically increasing per organization, starting at 1
 */
public record OrganizationEventData(
        String id,
        String kind,
        String shortName,
        String legalName,
        String provinceCode,
        String status,
        List<String> fieldCodes,
        long version) {
    public static final String SUSPENDED = "SUSPENDED";

    public boolean suspended() {
        return SUSPENDED.equals(status);
    }
}
