package vn.practica.placement.reference;

import java.util.List;

/**
 * What an offer is checked against in one version of a cooperation model: whether it takes new work, the kinds
 * of contribution it covers and its hour bounds. A value other features read, never the stored version itself.
 */
public record CooperationTerms(
        String code, long version, boolean active, List<String> contributionKinds, int minHours, int maxHours) {
    public CooperationTerms {
        contributionKinds = List.copyOf(contributionKinds);
    }

    /** Whether the model covers this kind of contribution ({@code REAL_PROJECT}, {@code INTERNSHIP}, ...). */
    public boolean allows(String contributionKind) {
        return contributionKinds.contains(contributionKind);
    }

    public boolean hoursWithin(int hours) {
        return hours >= minHours && hours <= maxHours;
    }
}
