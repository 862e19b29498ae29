package vn.practica.reporting.placementkpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each KPI is defined once: docs/kpis.md quotes the sentences the OpenAPI document states, word for word. */
class KpiDefinitionsDocumentedTest {
    @Test
    void everyDefinitionOfTheApiIsInDocsKpisAndInTheEndpointsDescription() throws IOException, IllegalAccessException {
        String docs = Files.readString(Path.of("..", "docs", "kpis.md"));
        List<String> missing = new ArrayList<>();
        int definitions = 0;
        for (Field field : KpiDefinitions.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getName().equals("ENDPOINT")) {
                continue;
            }
            definitions++;
            String definition = (String) field.get(null);
            if (!docs.contains("**" + definition + "**")) {
                missing.add(field.getName() + ": " + definition);
            }
        }
        assertEquals(List.of(), missing, "definitions not quoted in docs/kpis.md");
        assertTrue(definitions >= 25, "found " + definitions);
    }

    @Test
    void theEndpointsDescriptionStatesEveryKpiDefinition() throws IllegalAccessException {
        List<String> notKpis =
                List.of("ENDPOINT", "PERIOD", "FIELD", "PROVINCE", "SCHOOL", "BUSINESS", "TOTAL_OVER", "SUPPRESSED");
        for (Field field : KpiDefinitions.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !notKpis.contains(field.getName())) {
                assertTrue(KpiDefinitions.ENDPOINT.contains((String) field.get(null)), field.getName());
            }
        }
    }
}
