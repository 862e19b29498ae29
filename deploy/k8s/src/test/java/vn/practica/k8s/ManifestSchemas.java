package vn.practica.k8s;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of each apiVersion and kind the manifests use, from deploy/k8s/schemas (its README names the
 * sources): Kubernetes' own kinds from one definitions file, each custom resource from its CRD's schema.
 * A document whose kind has no schema is an error, never skipped.
 */
final class ManifestSchemas {
    private static final Path SCHEMAS = ManifestFiles.MODULE.resolve("schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private final ObjectNode kubernetes;
    private final Map<String, Schema> schemas = new HashMap<>();

    ManifestSchemas() {
        kubernetes = (ObjectNode)
                JSON.readTree(SCHEMAS.resolve("kubernetes/definitions.json").toFile());
    }

    /** What is wrong with the document, one line each; empty when it is valid. */
    List<String> errors(JsonNode document) {
        String apiVersion = document.path("apiVersion").asString();
        String kind = document.path("kind").asString();
        Schema schema = schemas.computeIfAbsent(apiVersion + "/" + kind, this::load);
        if (schema == null) {
            return List.of(ManifestFiles.id(document) + ": no schema for " + apiVersion + " " + kind);
        }
        return schema.validate(document).stream()
                .map(e -> ManifestFiles.id(document) + " " + e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    private Schema load(String apiVersionKind) {
        JsonNode definition = kubernetes.path("kinds").path(apiVersionKind);
        if (!definition.isMissingNode()) {
            ObjectNode root = JSON.createObjectNode();
            root.set("definitions", kubernetes.get("definitions"));
            root.put("$ref", "#/definitions/" + definition.asString());
            return REGISTRY.getSchema(root);
        }
        int lastSlash = apiVersionKind.lastIndexOf('/');
        if (apiVersionKind.indexOf('/') == lastSlash) {
            return null;
        }
        String group = apiVersionKind.substring(0, apiVersionKind.indexOf('/'));
        String version = apiVersionKind.substring(apiVersionKind.indexOf('/') + 1, lastSlash);
        String file = group + "_" + version + "_" + apiVersionKind.substring(lastSlash + 1) + ".json";
        for (String folder : List.of("strimzi", "cnpg")) {
            Path path = SCHEMAS.resolve(folder).resolve(file);
            if (Files.isRegularFile(path)) {
                return REGISTRY.getSchema(JSON.readTree(path.toFile()));
            }
        }
        return null;
    }
}
