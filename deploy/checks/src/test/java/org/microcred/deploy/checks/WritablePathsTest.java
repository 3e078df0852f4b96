package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every directory a service writes is a writable volume (the root filesystem is read-only), shareable if scaled. */
class WritablePathsTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyDirectoryAServiceWritesIsAWritableVolume(String overlay) {
        assertEquals(List.of(), WritablePaths.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @Test
    void aReadOnlyTmpAnUnmountedStoreAndASingleNodeClaimAreFound() {
        assertEquals(List.of(
                "submission-service: /tmp (java.io.tmpdir) is not a writable volume of Deployment/submission-service",
                "submission-service: microcred.storage.dir = /var/lib/microcred/submission-files is on the read-only"
                        + " root filesystem: no writable volume of Deployment/submission-service holds it",
                "submission-service: quarkus.http.body.uploads-directory = /tmp/submission-service-uploads is on the"
                        + " read-only root filesystem: no writable volume of Deployment/submission-service holds it",
                "Deployment/submission-service may run several replicas, but its volume claim evidence is"
                        + " [ReadWriteOnce], not ReadWriteMany"),
                WritablePaths.problems(Manifests.fixture("consistency/writable-paths.yaml"),
                        List.of(ServiceModule.named("submission-service"))));
    }
}
