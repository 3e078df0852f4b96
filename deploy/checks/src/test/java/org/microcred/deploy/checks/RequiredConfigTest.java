package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every setting a service requires without a usable default is given by its Deployment. */
class RequiredConfigTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyRequiredSettingIsSetInTheDeployment(String overlay) {
        assertEquals(List.of(), RequiredConfig.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @Test
    void expressionsResolveAsSmallRyeConfigResolvesThem() {
        ConfigExpressions config = new ConfigExpressions(Map.of("a", "${B:${C}}", "d", "x${E:}y", "f", "${a}"),
                Map.of("C", "c"));
        assertEquals(Optional.of("c"), config.property("a"));
        assertEquals(Optional.of("xy"), config.property("d"));
        assertEquals(Optional.of("c"), config.property("f"));
        assertEquals(Optional.empty(), new ConfigExpressions(Map.of("a", "${B:${C}}"), Map.of()).property("a"));
        assertEquals(Optional.of("b"), new ConfigExpressions(Map.of("a", "${B:${C}}"), Map.of("B", "b"))
                .property("a"));
        assertEquals(List.of("B", "C"), ConfigExpressions.referencedNames("${B:${C}}"));
    }

    @Test
    void missingSecretsAndLocalDefaultsAreFound() {
        List<ServiceModule> services = List.of(ServiceModule.named("enrolment-service"),
                ServiceModule.named("issuance-service"));
        List<String> problems = RequiredConfig.problems(Manifests.fixture("consistency/required-config.yaml"),
                services);
        assertContains(problems, "Deployment/enrolment-service: ConfigMap enrolment-settings is not in fixture"
                + " consistency/required-config.yaml");
        assertContains(problems, "enrolment-service (Deployment/enrolment-service): quarkus.datasource.password="
                + "${MICROCRED_ENROLMENT_DB_PASSWORD:${MICROCRED_DB_PASSWORD}} cannot be resolved: set"
                + " MICROCRED_ENROLMENT_DB_PASSWORD or MICROCRED_DB_PASSWORD");
        assertContains(problems, "enrolment-service (Deployment/enrolment-service): kafka.bootstrap.servers="
                + "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:59092}: KAFKA_BOOTSTRAP_SERVERS is not set, so the default"
                + " 127.0.0.1:59092 (the developer's machine) would be used in the pod");
        assertContains(problems, "issuance-service (Deployment/issuance-service): quarkus.datasource.password="
                + "${MICROCRED_ISSUANCE_DB_PASSWORD:${MICROCRED_DB_PASSWORD}} cannot be resolved: set"
                + " MICROCRED_ISSUANCE_DB_PASSWORD or MICROCRED_DB_PASSWORD");
        assertFalse(problems.stream().anyMatch(p -> p.contains("microcred.master-key")), problems::toString);
        assertFalse(problems.stream().anyMatch(p -> p.startsWith("issuance-service (Deployment/issuance-service):"
                + " kafka.bootstrap.servers")), problems::toString);
    }

    @Test
    void aSecretLeftEmptyIsFound() {
        List<String> problems = RequiredConfig.problems(ServiceModule.named("issuance-service"), Map.of(), "nowhere");
        assertContains(problems, "issuance-service (nowhere): microcred.master-key=${MICROCRED_MASTER_KEY:} is a"
                + " secret left empty: set MICROCRED_MASTER_KEY from a Secret (secretKeyRef)");
    }

    @Test
    void theConfigMappingsAreRead() {
        List<ConfigMappings.Member> members = ConfigMappings.of(ServiceModule.named("submission-service"));
        ConfigMappings.Member dir = members.stream().filter(m -> m.property().equals("microcred.storage.dir"))
                .findFirst().orElseThrow(() -> new AssertionError(members.toString()));
        assertTrue(dir.required(), dir::toString);
        ConfigMappings.Member topicPrefix = members.stream()
                .filter(m -> m.property().equals("microcred.kafka.topic-prefix")).findFirst().orElseThrow();
        assertFalse(topicPrefix.required(), topicPrefix::toString);
        ConfigMappings.Member trusted = ConfigMappings.of(ServiceModule.named("wallet-service")).stream()
                .filter(m -> m.property().equals("microcred.verify.trusted-issuers")).findFirst().orElseThrow();
        assertEquals("http://localhost:8084/", trusted.fallback());
    }

    @Test
    void anUnsetRequiredMappingMemberIsFound() {
        ServiceModule withoutStorage = new ServiceModule("submission-service",
                RepoRoot.resolve("submission-service"), Map.of());
        List<String> problems = RequiredConfig.problems(withoutStorage, Map.of(), "nowhere");
        assertContains(problems, "submission-service (nowhere): microcred.storage.dir (StorageConfig.java) is"
                + " required (no @WithDefault) and not set");
    }

    private static void assertContains(List<String> problems, String expected) {
        assertTrue(problems.contains(expected), () -> "expected " + expected + "\n in " + String.join("\n", problems));
    }
}
