package vn.practica.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for the subset deploy/k8s uses: {@code resources}
 * (files and folders holding a kustomization), {@code patches} given by {@code path} (strategic-merge patches, one
 * or more documents per file, {@link StrategicMerge}) and {@code namespace}. Anything else in a kustomization
 * fails the render instead of being ignored, so the build never validates something other than what a cluster
 * would get. No kustomize binary is needed: none is served by the registries this project builds from.
 */
final class KustomizeRenderer {
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "namespace");

    private KustomizeRenderer() {}

    static List<ObjectNode> render(Path folder) {
        Path file = folder.resolve("kustomization.yaml");
        ObjectNode kustomization = ManifestFiles.read(file).get(0);
        kustomization.propertyNames().forEach(key -> {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalStateException(file + ": '" + key + "' is not rendered by the build; see "
                        + KustomizeRenderer.class.getSimpleName());
            }
        });
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asString()).normalize();
            documents.addAll(Files.isDirectory(path) ? render(path) : ManifestFiles.read(requireFile(file, path)));
        }
        requireUnique(file, documents);
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.size() != 1 || !patch.has("path")) {
                throw new IllegalStateException(file + ": only patches given by path are rendered: " + patch);
            }
            for (ObjectNode document : ManifestFiles.read(
                    requireFile(file, folder.resolve(patch.get("path").asString())))) {
                StrategicMerge.apply(documents, document);
            }
        }
        String namespace = kustomization.path("namespace").asString(null);
        if (namespace != null) {
            documents.forEach(d -> ((ObjectNode) d.get("metadata")).put("namespace", namespace));
        }
        return documents;
    }

    /** The patch files a kustomization names, so that a test can tell which files are applied. */
    static List<Path> patchFiles(Path folder) {
        ObjectNode kustomization =
                ManifestFiles.read(folder.resolve("kustomization.yaml")).get(0);
        List<Path> files = new ArrayList<>();
        for (JsonNode patch : kustomization.path("patches")) {
            files.add(folder.resolve(patch.path("path").asString()).normalize());
        }
        return files;
    }

    private static Path requireFile(Path kustomization, Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(kustomization + " names " + path + ", which does not exist");
        }
        return path;
    }

    private static void requireUnique(Path file, List<ObjectNode> documents) {
        Set<String> seen = new HashSet<>();
        for (ObjectNode document : documents) {
            if (!seen.add(ManifestFiles.id(document))) {
                throw new IllegalStateException(file + ": " + ManifestFiles.id(document) + " twice");
            }
        }
    }
}
