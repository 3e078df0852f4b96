package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code kubectl kustomize} builds every overlay of deploy/k8s/overlays, and the ones issue 10 names exist. */
class KustomizeBuildTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @Test
    void theDevAndProductionOverlaysExist() {
        assertTrue(Manifests.overlayNames().containsAll(List.of("dev", "production")),
                () -> "overlays found: " + Manifests.overlayNames());
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void overlayBuilds(String overlay) {
        Manifests built = Manifests.overlay(overlay);
        assertFalse(built.objects().isEmpty(), "overlay " + overlay + " renders no object");
        assertTrue(built.objects().stream().allMatch(o -> o.apiVersion() != null && !o.kind().isEmpty()
                && o.name() != null), "every object has apiVersion, kind and metadata.name");
    }

    @Test
    void aSoundKustomizationBuilds() {
        List<KubeObject> objects = K8sYaml.objects(Kustomize.build(Fixtures.path("kustomize/sound")), "sound");
        assertEquals(List.of("ConfigMap/example"), objects.stream().map(KubeObject::id).toList());
        assertEquals("example", objects.get(0).string("metadata", "namespace"));
    }

    @Test
    void aBrokenKustomizationFailsWithKubectlsMessage() {
        Kustomize.KustomizeFailed failed = assertThrows(Kustomize.KustomizeFailed.class,
                () -> Kustomize.build(Fixtures.path("kustomize/broken")));
        assertTrue(failed.getMessage().contains("missing.yaml"), failed.getMessage());
    }
}
