package org.microcred.deploy.checks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON schemas of the kinds the manifests may use, read from ../shared/k8s/schemas beside the repository (never
 * copied into it): the Kubernetes 1.32 standalone-strict schemas of the built-in kinds and the schemas generated from
 * the operators' CRDs. A schema is found by its {@code x-kubernetes-group-version-kind}, as ../shared/k8s/validate.mjs
 * finds it; an object whose apiVersion and kind have none is an error.
 */
final class SchemaCatalog {

    static final String SHARED = "../shared/k8s/schemas";
    static final String PUBLISHED = "the Kubernetes 1.32 JSON schemas are published in yannh/kubernetes-json-schema"
            + " (v1.32.2-standalone-strict); the CRDs in the releases of Strimzi 1.0.1 (strimzi/strimzi-kafka-operator,"
            + " packaging/install/cluster-operator), CloudNativePG 1.30 (cloudnative-pg/cloudnative-pg,"
            + " config/crd/bases), the Keycloak operator 26.4 (keycloak/keycloak-k8s-resources) and the Prometheus"
            + " operator 0.93 (prometheus-operator/prometheus-operator, example/prometheus-operator-crd)";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static SchemaCatalog loaded;

    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<Path, Schema> compiled = new ConcurrentHashMap<>();
    private final SchemaRegistry registry;

    private SchemaCatalog(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode gvk : JSON.readTree(file.toFile()).path("x-kubernetes-group-version-kind")) {
                    String group = gvk.path("group").asString("");
                    String version = gvk.path("version").asString();
                    files.put(key(group.isEmpty() ? version : group + "/" + version, gvk.path("kind").asString()),
                            file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Draft 7, the draft the validator of ../shared/k8s (Ajv's default) applies; formats asserted.
        Dialect dialect = Dialect.builder(Dialects.getDraft7()).keywords(KubernetesKeywords.keywords())
                .formats(KubernetesKeywords.formats()).build();
        registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemaRegistryConfig(
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /**
     * The catalogue, loaded once per JVM; without ../shared/k8s/schemas the calling test is skipped (a JUnit
     * assumption) and a line on standard error says what was skipped and where the schemas are published.
     */
    static synchronized SchemaCatalog require() {
        Path directory = RepoRoot.path().resolve(SHARED).normalize();
        if (!Files.isDirectory(directory)) {
            String skipped = "Skipped the JSON schema validation of the manifests: no schemas at " + directory
                    + " (" + PUBLISHED + "; ../shared/k8s/tools/gen-crd-schemas.mjs turns CRDs into schemas)";
            System.err.println(skipped);
            Assumptions.abort(skipped);
        }
        if (loaded == null) {
            loaded = new SchemaCatalog(directory);
        }
        return loaded;
    }

    /** Every error of the object against its schema, one line each; an object of a kind without schema is one. */
    List<String> problems(KubeObject object) {
        Path file = files.get(key(object.apiVersion(), object.kind()));
        if (file == null) {
            return List.of("no schema for " + object.apiVersion() + " " + object.kind()
                    + " (only kinds with a schema in " + SHARED + " may be used)");
        }
        List<String> problems = new ArrayList<>();
        JsonNode instance = JSON.valueToTree(object.raw());
        for (Error error : schema(file).validate(instance)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        if (object.name() == null && object.string("metadata", "generateName") == null) {
            problems.add("$.metadata.name: required field is missing");
        }
        return problems;
    }

    private Schema schema(Path file) {
        return compiled.computeIfAbsent(file, f -> {
            ObjectNode node = (ObjectNode) JSON.readTree(f.toFile());
            // yannh's schemas name "http://json-schema.org/schema#", which no dialect is registered for.
            node.remove(List.of("$schema", "$id", "id"));
            // Each schema under its own location (its file): the registry keys what it compiles by location.
            return registry.getSchema(SchemaLocation.of(f.toUri().toString()), node);
        });
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + "|" + kind;
    }
}
