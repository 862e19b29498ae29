package vn.practica.catalog.cooperation;

import java.util.List;

/** Turns a validated request body into terms: names and descriptions stripped, kinds as the enum. */
final class CooperationTermsMapper {
    private CooperationTermsMapper() {}

    static CooperationTerms terms(
            String nameVi,
            String nameEn,
            String descriptionVi,
            String descriptionEn,
            List<String> contributionKinds,
            int minHours,
            int maxHours,
            List<AgreementClause> clauses,
            List<EvaluationArea> evaluationAreas) {
        return new CooperationTerms(
                nameVi.strip(),
                nameEn.strip(),
                descriptionVi.strip(),
                descriptionEn.strip(),
                contributionKinds.stream().map(ContributionKind::valueOf).toList(),
                minHours,
                maxHours,
                clauses,
                evaluationAreas);
    }
}
