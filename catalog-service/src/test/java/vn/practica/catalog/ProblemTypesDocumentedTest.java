package vn.practica.catalog;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.architecture.ProblemTypes;

/** Clients rely on docs/problems.md: every reason this service can answer with is listed there. */
class ProblemTypesDocumentedTest {
    @Test
    void everyProblemTypeOfThisServiceIsListedInDocsProblems() {
        ProblemTypes.assertDocumented("vn.practica.catalog", Path.of("..", "docs", "problems.md"));
    }
}
