package vn.practica.catalog.cooperation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.practica.platform.problem.Problem;

/**
 * What one version of a cooperation model says: names, descriptions, the kinds of contribution it covers, the
 * hour bounds, the agreement clauses it requires and its evaluation template. Two versions with equal terms
 * are the same edition, so a revision to equal terms makes no new version.
 */
public record CooperationTerms(
        String nameVi,
        String nameEn,
        String descriptionVi,
        String descriptionEn,
        List<ContributionKind> contributionKinds,
        int minHours,
        int maxHours,
        List<AgreementClause> clauses,
        List<EvaluationArea> evaluationAreas) {

    public CooperationTerms {
        contributionKinds = List.copyOf(contributionKinds);
        clauses = List.copyOf(clauses);
        evaluationAreas = List.copyOf(evaluationAreas);
    }

    /** The same terms with the kinds in their declared order, so a reordering is no new edition. */
    public CooperationTerms withKindsInOrder() {
        List<ContributionKind> ordered = contributionKinds.stream().sorted().toList();
        return new CooperationTerms(
                nameVi, nameEn, descriptionVi, descriptionEn, ordered, minHours, maxHours, clauses, evaluationAreas);
    }

    /**
     * What makes these terms unusable beyond the bounds of each member, named as the request body names them:
     * hours out of order, a kind listed twice, a clause key or area code used twice.
     */
    public List<Problem.FieldError> problems() {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (minHours > maxHours) {
            problems.add(new Problem.FieldError("body.maxHours", "must be at least minHours (" + minHours + ")"));
        }
        problems.addAll(repeated("contributionKinds", contributionKinds, kind -> kind, ""));
        problems.addAll(repeated("clauses", clauses, AgreementClause::key, ".key"));
        problems.addAll(repeated("evaluationAreas", evaluationAreas, EvaluationArea::code, ".code"));
        return problems;
    }

    private static <T, K> List<Problem.FieldError> repeated(
            String member, List<T> entries, Function<T, K> keyOf, String suffix) {
        Map<K, Integer> first = new HashMap<>();
        List<Problem.FieldError> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            K key = keyOf.apply(entries.get(i));
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                problems.add(new Problem.FieldError(
                        "body." + member + "[" + i + "]" + suffix,
                        key + " is listed already, at " + member + "[" + earlier + "]"));
            }
        }
        return problems;
    }
}
