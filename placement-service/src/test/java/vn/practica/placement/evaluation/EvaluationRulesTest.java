package vn.practica.placement.evaluation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.evaluation.EvaluationWindow.State;
import vn.practica.placement.evaluation.Scores.AreaScore;
import vn.practica.placement.evaluation.Scores.LearnerScores;
import vn.practica.placement.evaluation.Scores.ObjectiveScore;
import vn.practica.placement.placement.PlacementCompletion.ItemMean;
import vn.practica.platform.problem.DomainException;

/** Evaluation rules as plain Java: coverage of objectives and areas, blindness, means, the window. */
class EvaluationRulesTest {
    private static final UUID A = UUID.fromString("0b1d5000-0000-4000-8000-0000000000aa");
    private static final UUID B = UUID.fromString("0b1d5000-0000-4000-8000-0000000000bb");

    private static LearnerScores scores(int a, int b) {
        return new LearnerScores(
                List.of(new ObjectiveScore(A, a, null), new ObjectiveScore(B, b, "tốt")),
                List.of(new AreaScore("PRACTICAL_SKILLS", a)));
    }

    @Test
    void scoresCoverEveryObjectiveAndAreaOnceAndNothingElse() {
        assertDoesNotThrow(
                () -> EvaluationRules.requireCoverage(scores(1, 2), List.of(B, A), List.of("PRACTICAL_SKILLS")));
        LearnerScores repeated =
                new LearnerScores(List.of(new ObjectiveScore(A, 1, null), new ObjectiveScore(A, 2, null)), List.of());
        for (LearnerScores wrong : List.of(repeated, scores(1, 2))) {
            DomainException e = assertThrows(
                    DomainException.class, () -> EvaluationRules.requireCoverage(wrong, List.of(A, B), List.of()));
            assertEquals(EvaluationProblems.SCORES_MISMATCH, e.type());
        }
    }

    @Test
    void anotherPartysEvaluationIsHiddenUntilYouSubmittedYoursOrTheWindowClosed() {
        Set<Evaluator> mentorOnly = EnumSet.of(Evaluator.MENTOR);
        Optional<Evaluator> supervisor = Optional.of(Evaluator.SUPERVISOR);
        assertFalse(EvaluationRules.visible(Evaluator.MENTOR, supervisor, mentorOnly, State.OPEN));
        assertTrue(EvaluationRules.visible(Evaluator.MENTOR, Optional.of(Evaluator.MENTOR), mentorOnly, State.OPEN));
        assertTrue(EvaluationRules.visible(
                Evaluator.MENTOR, supervisor, EnumSet.of(Evaluator.MENTOR, Evaluator.SUPERVISOR), State.OPEN));
        assertTrue(EvaluationRules.visible(Evaluator.MENTOR, supervisor, mentorOnly, State.CLOSED));
        assertFalse(EvaluationRules.visible(
                Evaluator.SUPERVISOR, Optional.empty(), EnumSet.allOf(Evaluator.class), State.OPEN));
        assertTrue(EvaluationRules.visible(
                Evaluator.SUPERVISOR, Optional.empty(), EnumSet.allOf(Evaluator.class), State.CLOSED));
    }

    @Test
    void meansAreTwoDecimalsInTheObjectivesOrderLeavingOutWhatNobodyScored() {
        List<ItemMean> means =
                EvaluationRules.means(List.of(scores(5, 2), scores(4, 3)), List.of(B, A, UUID.randomUUID()));
        assertEquals(List.of(B, A), means.stream().map(ItemMean::itemId).toList());
        assertEquals(new BigDecimal("2.50"), means.get(0).meanScore());
        assertEquals(new BigDecimal("4.50"), means.get(1).meanScore());
    }

    @Test
    void theWindowOpensAtTheEarlierOfTheHoursAndTheDayAfterTheEndAndLastsItsDaysSeededLoop() {
        Random random = new Random(7);
        LocalDate end = LocalDate.of(2027, 6, 30);
        Instant afterEnd = Instant.parse("2027-06-30T17:00:00Z");
        for (int i = 0; i < 1_000; i++) {
            Optional<Instant> reached = random.nextBoolean()
                    ? Optional.empty()
                    : Optional.of(afterEnd.minus(Duration.ofHours(random.nextInt(2_000) - 1_000)));
            int days = 1 + random.nextInt(30);
            EvaluationWindow window = EvaluationWindow.of(reached, end, days);
            Instant expected = reached.filter(r -> r.isBefore(afterEnd)).orElse(afterEnd);
            assertEquals(expected, window.opensAt(), "round " + i);
            assertEquals(expected.plus(Duration.ofDays(days)), window.closesAt());
            assertEquals(State.NOT_OPEN, window.state(expected.minusNanos(1)));
            assertEquals(State.OPEN, window.state(expected));
            assertEquals(State.CLOSED, window.state(window.closesAt()));
        }
    }
}
