package vn.practica.catalog.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.Problem;

class CooperationTermsTest {
    private static final AgreementClause SAFETY =
            new AgreementClause("occupational-safety", " An toàn lao động. ", "Occupational safety.");
    private static final AgreementClause DATA = new AgreementClause("data-use", "Dữ liệu.", "Data.");
    private static final EvaluationArea SKILLS =
            new EvaluationArea("PRACTICAL_SKILLS", "Kỹ năng thực hành", "Practical skills", 3);
    private static final EvaluationArea TEAMWORK = new EvaluationArea("TEAMWORK", "Làm việc nhóm", "Teamwork", null);

    private static CooperationTerms terms(
            List<ContributionKind> kinds, int min, int max, List<AgreementClause> clauses, List<EvaluationArea> areas) {
        return new CooperationTerms("Dự án", "Project", "Mô tả", "Description", kinds, min, max, clauses, areas);
    }

    private static List<String> fields(CooperationTerms terms) {
        return terms.problems().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void soundTermsHaveNoProblems() {
        assertEquals(
                List.of(),
                fields(terms(List.of(ContributionKind.INTERNSHIP), 40, 40, List.of(SAFETY, DATA), List.of(SKILLS))));
    }

    @Test
    void hoursOutOfOrderAreBlamedOnTheMaximum() {
        assertEquals(
                List.of("body.maxHours"),
                fields(terms(List.of(ContributionKind.INTERNSHIP), 41, 40, List.of(SAFETY), List.of(SKILLS))));
    }

    @Test
    void somethingListedTwiceIsBlamedOnItsSecondEntry() {
        CooperationTerms twice = terms(
                List.of(ContributionKind.RESOURCE, ContributionKind.INTERNSHIP, ContributionKind.RESOURCE),
                40,
                80,
                List.of(SAFETY, DATA, SAFETY),
                List.of(SKILLS, TEAMWORK, SKILLS));
        assertEquals(
                List.of("body.contributionKinds[2]", "body.clauses[2].key", "body.evaluationAreas[2].code"),
                fields(twice));
    }

    @Test
    void kindsAreOrderedAsDeclaredSoAReorderingIsTheSameEdition() {
        CooperationTerms given = terms(
                List.of(ContributionKind.RESOURCE, ContributionKind.REAL_PROJECT),
                40,
                80,
                List.of(SAFETY),
                List.of(SKILLS));
        CooperationTerms ordered = terms(
                List.of(ContributionKind.REAL_PROJECT, ContributionKind.RESOURCE),
                40,
                80,
                List.of(SAFETY),
                List.of(SKILLS));
        assertEquals(ordered, given.withKindsInOrder());
        assertNotEquals(ordered, given);
    }

    @Test
    void textsAreStrippedAndAnAreaWithoutWeightWeighsOne() {
        assertEquals("An toàn lao động.", SAFETY.textVi());
        assertEquals(EvaluationArea.DEFAULT_WEIGHT, TEAMWORK.weight());
    }
}
