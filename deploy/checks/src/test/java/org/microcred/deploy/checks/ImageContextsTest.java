package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contexts in the issuance and wallet images are where the images say, and no overlay hides them. */
class ImageContextsTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @Test
    void theIssuanceAndWalletImagesCarryTheirContextsAndNameThem() {
        assertEquals(new ImageContexts.Build("/deployments/jsonld-contexts",
                List.of("issuance-service", "wallet-service")), ImageContexts.build());
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void noOverlayHidesTheImagesContexts(String overlay) {
        assertEquals(List.of(), ImageContexts.problems(Manifests.overlay(overlay), ImageContexts.build()));
    }

    @Test
    void aVariableWithoutTheImagesDirectoryAndAVolumeOverItAreFound() {
        assertEquals(List.of(
                "Deployment/issuance-service: MICROCRED_JSONLD_CONTEXTS_DIR = /etc/microcred/jsonld-contexts leaves"
                        + " out the image's /deployments/jsonld-contexts (list it first, then the directories you add)",
                "Deployment/wallet-service: a volume mounted at /deployments/jsonld-contexts hides the image's"
                        + " /deployments/jsonld-contexts"),
                ImageContexts.problems(Manifests.fixture("consistency/image-contexts.yaml"), ImageContexts.build()));
    }
}
