package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workload of every overlay has probes, resources, a locked-down security context and a pinned image, and no
 * manifest holds a secret value.
 */
class WorkloadPolicyTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyWorkloadFollowsThePolicy(String overlay) {
        assertEquals(List.of(), WorkloadPolicy.violations(Manifests.overlay(overlay).objects()));
    }

    @Test
    void aSoundWorkloadPasses() {
        assertEquals(List.of(), WorkloadPolicy.violations(Manifests.fixture("policy/sound.yaml").objects()));
    }

    @Test
    void eachBrokenRuleIsFound() {
        Map<String, String> found = new TreeMap<>();
        for (String violation : WorkloadPolicy.violations(Manifests.fixture("policy/broken.yaml").objects())) {
            String object = violation.substring(0, violation.indexOf(": "));
            found.merge(object, violation.substring(object.length() + 2), (a, b) -> a + " | " + b);
        }
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("Deployment/no-startup-probe", "container app: startupProbe is not set"),
                Map.entry("Deployment/no-memory-limit", "container app: resources.limits.memory is not set"),
                Map.entry("Deployment/root-allowed",
                        "container app: securityContext.runAsNonRoot must be true (container or pod level)"),
                Map.entry("Deployment/escalation-allowed",
                        "container app: securityContext.allowPrivilegeEscalation must be false"),
                Map.entry("Deployment/writable-root",
                        "container app: securityContext.readOnlyRootFilesystem must be true"),
                Map.entry("Deployment/capabilities-kept",
                        "container app: securityContext.capabilities.drop must contain ALL"),
                Map.entry("Deployment/seccomp-unconfined",
                        "container app: seccompProfile.type must be RuntimeDefault (container or pod level),"
                                + " is Unconfined"),
                Map.entry("Deployment/latest-image",
                        "container app: image registry.example/app:latest uses the :latest tag"),
                Map.entry("Deployment/untagged-image",
                        "container app: image registry.example:5000/app has no tag (implicitly :latest)"),
                Map.entry("Deployment/literal-password", "container app: env MICROCRED_DB_PASSWORD is a literal"
                        + " value: a secret must come from a secretKeyRef"),
                Map.entry("Secret/committed-secret",
                        "a Secret with data in the manifests: secrets are created by the institution, not in git"),
                Map.entry("ConfigMap/secret-in-config", "ConfigMap key MICROCRED_MASTER_KEY looks secret: put it in"
                        + " a Secret and use secretKeyRef"))), found);
    }
}
