package vn.practica.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared problem types: documented, and framework statuses mapped to them. */
class PlatformProblemsTest {
    @Test
    void everySharedProblemTypeIsListedInDocsProblems() throws IOException, IllegalAccessException {
        String docs = Files.readString(Path.of("..", "docs", "problems.md"));
        List<String> missing = new ArrayList<>();
        for (Field field : PlatformProblems.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProblemType.class) {
                String slug = ((ProblemType) field.get(null)).slug();
                if (!docs.contains("`" + slug + "`")) {
                    missing.add(slug);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void frameworkStatusesMapToTheirReasonAndOthersToTheGenericOnes() {
        assertEquals(PlatformProblems.METHOD_NOT_ALLOWED, PlatformProblems.forStatus(405));
        assertEquals(PlatformProblems.UNSUPPORTED_MEDIA_TYPE, PlatformProblems.forStatus(415));
        assertEquals(PlatformProblems.INVALID_REQUEST, PlatformProblems.forStatus(410));
        assertEquals(PlatformProblems.INTERNAL_ERROR, PlatformProblems.forStatus(502));
    }

    @Test
    void problemTypeSlugsAreKebabCaseUris() {
        assertTrue(PlatformProblems.STALE_VERSION.uri().toString().endsWith("/problems/stale-version"));
        assertThrows(
                IllegalArgumentException.class, () -> ProblemType.of("Stale Version", "x", ProblemType.Kind.CONFLICT));
    }
}
