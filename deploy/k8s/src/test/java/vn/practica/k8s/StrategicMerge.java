package vn.practica.k8s;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A strategic-merge patch as kustomize applies one: maps merge key by key, null removes a key, {@code $patch:
 * delete} removes the whole object (or a list item). Lists of Kubernetes' own kinds merge item by item on their
 * merge key (containers, env, volumes by name, volume mounts by mount path, ports by port) and other lists of
 * theirs are replaced, as their OpenAPI schema tells kustomize. For a custom resource (Strimzi, CloudNativePG)
 * kustomize has no schema and infers: a list whose items all have a {@code name} merges by name (kyaml's
 * AssociativeSequenceKeys), any other list is replaced.
 */
final class StrategicMerge {
    private static final String DIRECTIVE = "$patch";
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath");

    private StrategicMerge() {}

    static void apply(List<ObjectNode> documents, ObjectNode patch) {
        String id = ManifestFiles.id(patch);
        ObjectNode target = documents.stream()
                .filter(d -> ManifestFiles.id(d).equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a patch for " + id + ", which is not rendered"));
        if ("delete".equals(patch.path(DIRECTIVE).asString(null))) {
            documents.remove(target);
            return;
        }
        mergeObject(target, patch, isBuiltIn(patch.path("apiVersion").asString()));
    }

    /** Kubernetes' own groups have no dot (apps, policy, autoscaling) or end in .k8s.io; CRDs' groups do not. */
    static boolean isBuiltIn(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    static void mergeObject(ObjectNode target, ObjectNode patch, boolean strategic) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && current != null && current.isObject()) {
                mergeObject((ObjectNode) current, (ObjectNode) value, strategic);
            } else if (value.isArray()
                    && current != null
                    && current.isArray()
                    && mergeKey(name, (ArrayNode) current, (ArrayNode) value, strategic) != null) {
                String key = mergeKey(name, (ArrayNode) current, (ArrayNode) value, strategic);
                mergeList((ArrayNode) current, (ArrayNode) value, key, strategic);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static String mergeKey(String field, ArrayNode target, ArrayNode items, boolean strategic) {
        if (!strategic) {
            return allNamed(target) && allNamed(items) ? "name" : null;
        }
        if (field.equals("ports")) {
            return items.size() > 0 && items.get(0).has("containerPort") ? "containerPort" : "port";
        }
        return MERGE_KEYS.get(field);
    }

    private static boolean allNamed(ArrayNode items) {
        for (JsonNode item : items) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return true;
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, boolean strategic) {
        for (JsonNode item : patch) {
            int index = indexOf(target, key, item.path(key));
            if ("delete".equals(item.path(DIRECTIVE).asString(null))) {
                if (index >= 0) {
                    target.remove(index);
                }
            } else if (index >= 0) {
                mergeObject((ObjectNode) target.get(index), (ObjectNode) item, strategic);
            } else {
                target.add(item.deepCopy());
            }
        }
    }

    private static int indexOf(ArrayNode items, String key, JsonNode value) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).path(key).equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
