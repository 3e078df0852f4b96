package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each consistency check fails on the real overlays once one thing is taken out of them: they are not passing
 * because they look at nothing. (The fixtures show the failures in detail; this shows the checks bite on the
 * objects the institution will deploy.)
 */
class MutatedOverlayTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void withoutTheCatalogueTopicTopicCoverageFails(String overlay) {
        Manifests mutated = without(overlay, o -> o.is("KafkaTopic")
                && "catalogue.achievements.v1".equals(o.string("spec", "topicName")));
        assertFinds(TopicCoverage.problems(mutated, ServiceModule.all()), "catalogue.achievements.v1");
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void withoutItsAclsAServiceLacksGrants(String overlay) {
        Manifests mutated = changed(overlay, o -> o.is("KafkaUser") && o.name().equals("wallet-service"),
                o -> o.map("spec", "authorization").put("acls", new ArrayList<>()));
        assertFinds(KafkaAcls.problems(mutated, ServiceModule.all()), "wallet-service: KafkaUser lacks");
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void withoutItsEnvironmentAServiceMissesSettings(String overlay) {
        Manifests mutated = changed(overlay, o -> o.is("Deployment") && !ServiceDeployments.of(
                new Manifests("one", List.of(o)), "issuance-service").isEmpty(),
                o -> KubeObject.asMap(o.list("spec", "template", "spec", "containers").get(0)).remove("env"));
        assertFinds(RequiredConfig.problems(mutated, ServiceModule.all()), "microcred.master-key");
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void withoutDatabasesDatabaseCoverageFails(String overlay) {
        Manifests mutated = without(overlay, o -> o.is("Database"));
        assertFinds(DatabaseCoverage.problems(mutated, ServiceModule.all()), "has no CloudNativePG Database");
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void withADemoUserTheRealmImportFails(String overlay) {
        Manifests mutated = changed(overlay, o -> o.is("KeycloakRealmImport"), o -> {
            List<Object> users = new ArrayList<>(KubeObject.asList(o.at("spec", "realm", "users")));
            users.add(Map.of("username", "alice", "enabled", true));
            o.map("spec", "realm").put("users", users);
        });
        assertFinds(RealmImport.problems(mutated, ServiceModule.all()), "user alice is not a service account");
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void withoutSecurityContextsThePolicyFails(String overlay) {
        Manifests mutated = changed(overlay, o -> o.is("Deployment"),
                o -> KubeObject.asMap(o.list("spec", "template", "spec", "containers").get(0))
                        .remove("securityContext"));
        assertFinds(WorkloadPolicy.violations(mutated.objects()), "readOnlyRootFilesystem must be true");
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void withOnlyTheDefaultDenyNoServiceReachesKafka(String overlay) {
        Manifests mutated = without(overlay, o -> o.is("NetworkPolicy") && !o.map("spec", "podSelector").isEmpty());
        assertFinds(Reachability.problems(mutated, ServiceModule.all()), "reach the brokers of Kafka");
    }

    private static void assertFinds(List<String> problems, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(text)), () -> "expected a problem with " + text
                + " in " + problems);
    }

    private static Manifests without(String overlay, Predicate<KubeObject> dropped) {
        return copy(overlay, o -> dropped.test(o) ? null : o);
    }

    private static Manifests changed(String overlay, Predicate<KubeObject> which, Consumer<KubeObject> change) {
        return copy(overlay, o -> {
            if (which.test(o)) {
                change.accept(o);
            }
            return o;
        });
    }

    /** A deep copy of the built overlay, each object passed through the mutation (null drops it). */
    private static Manifests copy(String overlay, Function<KubeObject, KubeObject> mutation) {
        List<KubeObject> objects = new ArrayList<>();
        for (KubeObject original : Manifests.overlay(overlay).objects()) {
            @SuppressWarnings("unchecked")
            KubeObject copied = mutation.apply(new KubeObject((Map<String, Object>) deepCopy(original.raw()),
                    original.source()));
            if (copied != null) {
                objects.add(copied);
            }
        }
        return new Manifests("mutated overlay " + overlay, objects);
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }
}
