package vn.practica.placement.reference;

import java.util.List;

/**
 * What an agreement takes from one version of a cooperation model: its names, its hour bounds and the clauses
 * it must hold, in Vietnamese and English. A value other features read, never the stored version itself.
 */
public record CooperationAgreementTerms(
        String code, long version, String nameVi, String nameEn, int minHours, int maxHours, List<Clause> clauses) {
    public CooperationAgreementTerms {
        clauses = List.copyOf(clauses);
    }

    /** A clause the agreement must hold. */
    public record Clause(String key, String textVi, String textEn) {}

    public boolean hoursWithin(int hours) {
        return hours >= minHours && hours <= maxHours;
    }
}
