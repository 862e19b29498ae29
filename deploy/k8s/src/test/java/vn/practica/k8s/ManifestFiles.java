package vn.practica.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the YAML documents of deploy/k8s; tests run in deploy/k8s, the repository root is two levels up. */
final class ManifestFiles {
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.resolve("../..").normalize();
    static final Path BASE = MODULE.resolve("base");
    static final Path DEV = MODULE.resolve("overlays/dev");
    static final Path NATIONAL = MODULE.resolve("overlays/national");
    static final Path PARTNERS = MODULE.resolve("partners");
    static final List<String> SERVICES = List.of("catalog-service", "placement-service", "reporting-service");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ManifestFiles() {}

    /** Every document of a YAML file, in order; empty documents (a leading ---) are skipped. */
    static List<ObjectNode> read(Path file) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node instanceof ObjectNode object) {
                    documents.add(object);
                } else if (node != null && !node.isNull() && !node.isMissingNode()) {
                    throw new IllegalStateException(file + ": a document that is not a mapping: " + node);
                }
            }
        }
        return documents;
    }

    /** The YAML files under a folder, kustomization files included. */
    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isKustomization(Path file) {
        return file.getFileName().toString().equals("kustomization.yaml");
    }

    /** apiVersion/kind/name: what kustomize matches a patch to its target by. */
    static String id(JsonNode document) {
        return document.path("apiVersion").asString() + "/"
                + document.path("kind").asString() + "/"
                + document.path("metadata").path("name").asString();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> documents, String kind) {
        return documents.stream()
                .filter(d -> kind.equals(d.path("kind").asString()))
                .toList();
    }

    static ObjectNode named(List<ObjectNode> documents, String kind, String name) {
        return ofKind(documents, kind).stream()
                .filter(d -> name.equals(d.path("metadata").path("name").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
