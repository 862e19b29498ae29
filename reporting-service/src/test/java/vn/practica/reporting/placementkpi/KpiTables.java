package vn.practica.reporting.placementkpi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads placement KPI tables through the API and compares rows with hand-computed expectations. */
final class KpiTables {
    static final String PATH = "/api/v1/kpis/placements";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KpiTables() {}

    /** The table's JSON body for {@code token} and the query parameters {@code query} (name, value, ...). */
    static Map<String, Object> read(String token, String... query) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            parameters.put(query[i], query[i + 1]);
        }
        String body = given().auth()
                .oauth2(token)
                .queryParams(parameters)
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            return JSON.readValue(body, new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> table) {
        return (List<Map<String, Object>>) table.get("rows");
    }

    /** The row of {@code period} totalling over exactly {@code totalOver} with these dimension values. */
    static Map<String, Object> row(
            Map<String, Object> table, String period, List<String> totalOver, Map<String, Object> values) {
        List<Map<String, Object>> found = rows(table).stream()
                .filter(r -> period.equals(r.get("period")) && totalOver.equals(r.get("totalOver")))
                .filter(r -> values.entrySet().stream()
                        .allMatch(v -> String.valueOf(v.getValue()).equals(String.valueOf(r.get(v.getKey())))))
                .toList();
        assertEquals(1, found.size(), "one row " + period + " " + totalOver + " " + values + " in " + rows(table));
        return found.get(0);
    }

    /** Each expected member equals the row's (numbers compared as numbers, null as absent value). */
    static void assertKpis(Map<String, Object> expected, Map<String, Object> row) {
        Map<String, Object> actual = new TreeMap<>();
        Map<String, Object> wanted = new TreeMap<>();
        expected.forEach((name, value) -> {
            wanted.put(name, normal(value));
            actual.put(name, normal(row.get(name)));
        });
        assertEquals(wanted, actual, "row " + row);
    }

    private static Object normal(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value;
    }

    /** An expectation: name, value, name, value, ... (values may be null). */
    static Map<String, Object> kpis(Object... namesAndValues) {
        Map<String, Object> kpis = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            kpis.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return kpis;
    }
}
