package org.microcred.wallet.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.WalletFixture;

/**
 * The OpenAPI document a mobile client is generated from describes every field and every wallet endpoint: each
 * property of each component schema this service's API uses (its wallet, public and verify paths, and whatever
 * their schemas refer to) has a description, and each of those operations a summary. The
 * schemas of service-support's shared operator endpoints (the outbox's) are that module's to describe.
 */
@Tag("servers")
@QuarkusTest
class WalletOpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final List<String> OWN_PATHS = List.of("/api/v1/wallet/", "/api/v1/public/", "/api/v1/verify");
    private static final String SCHEMA_REF = "#/components/schemas/";

    private static JsonNode document() {
        return WalletFixture.tree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    /** The names of the schemas these nodes refer to, directly or through other schemas. */
    private static Set<String> schemasUsedBy(List<JsonNode> roots, JsonNode schemas) {
        Set<String> used = new TreeSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            String ref = node.path("$ref").asText("");
            if (ref.startsWith(SCHEMA_REF) && used.add(ref.substring(SCHEMA_REF.length()))) {
                pending.push(schemas.path(ref.substring(SCHEMA_REF.length())));
            }
            node.forEach(pending::push);
        }
        return used;
    }

    @Test
    void everyPropertyOfEverySchemaOfThisServicesApiHasADescription() {
        JsonNode openApi = document();
        JsonNode schemas = openApi.path("components").path("schemas");
        List<JsonNode> ownOperations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            if (OWN_PATHS.stream().anyMatch(path.getKey()::startsWith)) {
                ownOperations.add(path.getValue());
            }
        }
        Set<String> used = schemasUsedBy(ownOperations, schemas);
        assertTrue(used.containsAll(Set.of("CredentialView", "ShareView", "TranscriptView", "VerificationReport",
                "Check")), used.toString());
        List<String> undescribed = new ArrayList<>();
        for (String name : used) {
            for (Map.Entry<String, JsonNode> property : schemas.path(name).path("properties").properties()) {
                if (property.getValue().path("description").asText("").isBlank()) {
                    undescribed.add(name + "." + property.getKey());
                }
            }
        }
        assertEquals(List.of(), undescribed, "properties without a description");
    }

    @Test
    void everyOperationOfThisServicesApiHasASummary() {
        JsonNode paths = document().path("paths");
        List<String> operations = new ArrayList<>();
        List<String> unsummarised = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (OWN_PATHS.stream().noneMatch(path.getKey()::startsWith)) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    String name = operation.getKey().toUpperCase() + " " + path.getKey();
                    operations.add(name);
                    if (operation.getValue().path("summary").asText("").isBlank()) {
                        unsummarised.add(name);
                    }
                }
            }
        }
        assertTrue(operations.contains("PUT /api/v1/wallet/credentials/{id}/hidden"), operations.toString());
        assertTrue(operations.contains("DELETE /api/v1/wallet/credentials/{id}"), operations.toString());
        assertTrue(operations.contains("POST /api/v1/verify"), operations.toString());
        assertEquals(List.of(), unsummarised, "operations without a summary");
    }
}
