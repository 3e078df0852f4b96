package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object of every overlay validates against the JSON schema of its apiVersion and kind. */
class SchemaValidationTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyObjectValidatesAgainstItsSchema(String overlay) {
        SchemaCatalog schemas = SchemaCatalog.require();
        Map<String, List<String>> problems = problems(schemas, Manifests.overlay(overlay));
        assertEquals(Map.of(), problems, "objects of overlay " + overlay + " that their schemas reject");
    }

    @Test
    void soundObjectsPass() {
        assertEquals(Map.of(), problems(SchemaCatalog.require(), Manifests.fixture("schema/valid.yaml")));
    }

    @Test
    void eachDeliberateErrorIsFound() {
        Map<String, List<String>> problems = problems(SchemaCatalog.require(),
                Manifests.fixture("schema/invalid.yaml"));
        assertEquals(List.of("ConfigMap/yaml11-boolean", "Deployment/unknown-field", "Deployment/string-port",
                "Deployment/duplicate-env", "KafkaTopic/crd-unknown-field", "Widget/no-schema"),
                List.copyOf(problems.keySet()), problems::toString);
        assertMentions(problems, "ConfigMap/yaml11-boolean", "FEATURE");
        assertMentions(problems, "Deployment/unknown-field", "replica");
        assertMentions(problems, "Deployment/string-port", "containerPort");
        assertMentions(problems, "Deployment/duplicate-env", "duplicate");
        assertMentions(problems, "KafkaTopic/crd-unknown-field", "replicationFactor");
        assertMentions(problems, "Widget/no-schema", "no schema for example.com/v1 Widget");
    }

    private static void assertMentions(Map<String, List<String>> problems, String object, String text) {
        assertTrue(problems.get(object).stream().anyMatch(p -> p.contains(text)), () -> object + ": " + text
                + " expected in " + problems.get(object));
    }

    private static Map<String, List<String>> problems(SchemaCatalog schemas, Manifests manifests) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (KubeObject object : manifests.objects()) {
            List<String> found = schemas.problems(object);
            if (!found.isEmpty()) {
                problems.put(object.id(), found);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach((id, list) -> list.forEach(p -> System.out.println(manifests + ": " + id + ": " + p)));
        }
        return problems;
    }
}
