package vn.practica.events.catalog;

import java.util.List;

/**
 * Data of every cooperation model event: the whole model at one version (event-carried state transfer). Each
 * version is an edition of the State's standard: offers name the code and the version they were made under,
 * so consumers keep every version, not only the newest.
 *
 * @param code stable model code, also the record key and {@code ce_subject}
 * @param version 1 at creation, the next number at each revision or retirement
 * @param status {@code ACTIVE} or {@code RETIRED} (a retired model takes no new offers)
 * @param nameVi Vietnamese name
 * @param nameEn English name
 * @param descriptionVi Vietnamese description
 * @param descriptionEn English description
 * @param contributionKinds the kinds of business contribution the model covers, in the order {@code REAL_PROJECT},
 *     {@code INTERNSHIP}, {@code EXPERT_TEACHING}, {@code RESOURCE}
 * @param minHours the fewest hours a piece of work under the model takes
 * @param maxHours the most hours, at least {@code minHours}
 * @param clauses the agreement clauses the model requires, in agreement order
 * @param evaluationAreas what an evaluation under the model scores, in order
 */
public record CooperationModelEventData(
        String code,
        long version,
        String status,
        String nameVi,
        String nameEn,
        String descriptionVi,
        String descriptionEn,
        List<String> contributionKinds,
        int minHours,
        int maxHours,
        List<Clause> clauses,
        List<EvaluationArea> evaluationAreas) {
    public static final String ACTIVE = "ACTIVE";
    public static final String RETIRED = "RETIRED";

    /** One agreement clause template, keyed within the model, in Vietnamese and English. */
    public record Clause(String key, String textVi, String textEn) {}

    /** One scored area of the evaluation template; its share of the score is its weight over all weights. */
    public record EvaluationArea(String code, String nameVi, String nameEn, int weight) {}

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
