package vn.practica.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where kubectl is installed, its kustomize renders each kustomization exactly as {@link KustomizeRenderer} does,
 * so the documents the other tests validate are the ones a cluster would get. kubectl is no build dependency
 * (no registry the build uses serves it): without it on the PATH this test is skipped, not passed.
 */
class K8sKustomizeParityTest {
    private static boolean kubectl;

    @BeforeAll
    static void findKubectl() throws InterruptedException {
        try {
            Process version = new ProcessBuilder("kubectl", "version", "--client")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kubectl = version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            kubectl = false;
        }
    }

    @Test
    void base() throws Exception {
        assertSameRender(ManifestFiles.BASE);
    }

    @Test
    void dev() throws Exception {
        assertSameRender(ManifestFiles.DEV);
    }

    @Test
    void national() throws Exception {
        assertSameRender(ManifestFiles.NATIONAL);
    }

    private static void assertSameRender(Path kustomization) throws Exception {
        Assumptions.assumeTrue(kubectl, "kubectl is not on the PATH");
        Path output = Files.createTempFile("kustomize", ".yaml");
        try {
            Process render = new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!render.waitFor(120, TimeUnit.SECONDS)) {
                render.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + kustomization + " did not finish");
            }
            assertEquals(0, render.exitValue(), "kubectl kustomize " + kustomization);
            Map<String, ObjectNode> expected = byId(ManifestFiles.read(output));
            Map<String, ObjectNode> rendered = byId(KustomizeRenderer.render(kustomization));
            assertEquals(expected.keySet(), rendered.keySet(), kustomization.toString());
            for (String id : expected.keySet()) {
                assertEquals(expected.get(id), rendered.get(id), kustomization + " " + id);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> documents) {
        Map<String, ObjectNode> byId = new TreeMap<>();
        documents.forEach(d -> byId.put(ManifestFiles.id(d), d));
        return byId;
    }
}
