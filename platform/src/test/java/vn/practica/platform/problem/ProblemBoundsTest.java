package vn.practica.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemBoundsTest {
    @Test
    void aProblemListsAtMostAThousandErrorsAndItsDetailSaysHowManyThereWere() {
        List<Problem.FieldError> errors = IntStream.range(0, 120_000)
                .mapToObj(i -> new Problem.FieldError("CFItems[" + i + "].fullStatement", "required"))
                .toList();
        List<Problem.FieldError> listed = ProblemBounds.errors(errors);
        String detail = ProblemBounds.detail("The CASE package has invalid properties", errors.size());
        assertEquals(ProblemBounds.MAX_ERRORS, listed.size());
        assertEquals("CFItems[0].fullStatement", listed.get(0).field());
        assertEquals("The CASE package has invalid properties (the first 1000 of 120000 errors are listed)", detail);
    }

    @Test
    void longDetailsFieldsAndMessagesAreCutToTheirBoundWithAnEllipsis() {
        String echoed = "x".repeat(100_000);
        String detail = ProblemBounds.detail("No field with code " + echoed, 0);
        Problem.FieldError error = ProblemBounds.errors(
                        List.of(new Problem.FieldError("path." + echoed, "unknown " + echoed)))
                .get(0);
        assertEquals(ProblemBounds.MAX_DETAIL, detail.length());
        assertTrue(detail.endsWith("…"));
        assertEquals(ProblemBounds.MAX_FIELD, error.field().length());
        assertEquals(ProblemBounds.MAX_MESSAGE, error.message().length());
    }

    @Test
    void aProblemWithinItsBoundsIsUnchanged() {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError("body.nameVi", "size must be at most 200"));
        assertEquals("The request has invalid fields", ProblemBounds.detail("The request has invalid fields", 1));
        assertEquals(errors, ProblemBounds.errors(errors));
    }
}
