package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service module has exactly one Deployment, and no Deployment runs anything but a service's image. */
class DeploymentImagesTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    static List<String> services() {
        return ServiceModule.all().stream().map(ServiceModule::name).toList();
    }

    @Test
    void theFiveServicesAreFound() {
        assertEquals(5, services().size(), () -> "service modules: " + services());
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void eachServiceHasOneDeploymentOfItsImage(String overlay) {
        assertEquals(List.of(), ServiceImages.problems(Manifests.overlay(overlay), services()));
    }

    @Test
    void aForeignImageAMissingAndADoubledServiceAreFound() {
        assertEquals(List.of(
                "Deployment/sidecar: container proxy runs example/proxy:1.0, not one of the services' images"
                        + " [a-service, b-service, c-service]",
                "a-service: 2 Deployments run its image [a, a-again], expected exactly one",
                "c-service: 0 Deployments run its image [], expected exactly one"),
                ServiceImages.problems(Manifests.fixture("consistency/images.yaml"),
                        List.of("a-service", "b-service", "c-service")));
    }
}
