package vn.practica.testkit.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * What every service's OpenAPI document ({@code /q/openapi?format=json}) keeps, so partners can generate
 * clients from it: each operation has a unique {@code operationId}, no schema is a framework type leaking
 * through (a generated {@code JsonNode} class would clash with Jackson's), and every error answer is a problem.
 */
public final class OpenApiDocumentRules {
    /** Types of the frameworks behind our resources; a schema named so shows one leaked into the API. */
    public static final Set<String> FRAMEWORK_TYPES = Set.of(
            "JsonNode",
            "ObjectNode",
            "ArrayNode",
            "TextNode",
            "JsonNodeType",
            "Response",
            "ResponseBuilder",
            "EntityTag",
            "MediaType",
            "MultivaluedMap",
            "StreamingOutput",
            "InputStream",
            "Object",
            "Map",
            "Uni",
            "Multi",
            "CompletionStage");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocumentRules() {}

    public static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the OpenAPI document is no JSON", e);
        }
    }

    /** Every operation's operationId, sorted; fails naming operations without one or sharing one. */
    public static Set<String> assertUniqueOperationIds(JsonNode document) {
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> byId = new HashMap<>();
        forEachOperation(document, (where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                missing.add(where);
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            }
        });
        assertEquals(List.of(), missing, "operations without an operationId");
        Map<String, List<String>> shared = new HashMap<>(byId);
        shared.values().removeIf(operations -> operations.size() == 1);
        assertEquals(Map.of(), shared, "operationIds used more than once");
        return new TreeSet<>(byId.keySet());
    }

    /** Fails naming every schema named after a framework type. */
    public static void assertNoFrameworkTypes(JsonNode document) {
        Set<String> leaked = new TreeSet<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (FRAMEWORK_TYPES.contains(name)) {
                leaked.add(name);
            }
        });
        assertEquals(Set.of(), leaked, "schemas named after framework types");
    }

    /** Fails naming every 4xx and 5xx answer documented without an application/problem+json body. */
    public static void assertErrorsAreProblems(JsonNode document) {
        List<String> bare = new ArrayList<>();
        forEachOperation(
                document,
                (where, operation) -> operation.path("responses").fields().forEachRemaining(r -> {
                    boolean error = r.getKey().startsWith("4") || r.getKey().startsWith("5");
                    if (error && !r.getValue().path("content").has("application/problem+json")) {
                        bare.add(where + " " + r.getKey());
                    }
                }));
        assertEquals(List.of(), bare, "error answers without a problem body");
    }

    private static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> action) {
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        action.accept(
                                method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
                    }
                }));
    }
}
