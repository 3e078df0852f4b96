package org.microcred.enrolment.outbound.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.microcred.enrolment.outbound.rest.OutboundWebhookTest.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

/** The subscriptions API: roles, tenants, limits. (The address rules under production settings: OutboundUrlGuardTest.) */
@Tag("servers")
@QuarkusTest
class WebhookEndpointApiTest {

    private static final String BASE = "/api/v1/webhook-endpoints";
    private static final String URL = "http://127.0.0.1:9/hook";

    @Test
    void onlyTheInstitutionsIssuerAdminsSeeItsEndpoints() {
        OutboundWebhookTest.Endpoint endpoint = OutboundWebhookTest.create(URL, List.of("credential.issued"), null);
        try {
            given().get(BASE).then().statusCode(401);
            for (String user : List.of("nb-earner", "nb-assessor")) {
                given().auth().oauth2(Tokens.user(user)).get(BASE).then().statusCode(403);
                given().auth().oauth2(Tokens.user(user)).get(BASE + "/" + endpoint.id()).then().statusCode(403);
            }
            String other = Tokens.user("sp-admin");
            given().auth().oauth2(other).get(BASE + "/" + endpoint.id()).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .patch(BASE + "/" + endpoint.id()).then().statusCode(404);
            given().auth().oauth2(other).post(BASE + "/" + endpoint.id() + "/secret-rotation").then().statusCode(404);
            given().auth().oauth2(other).get(BASE + "/" + endpoint.id() + "/deliveries").then().statusCode(404);
            given().auth().oauth2(other).delete(BASE + "/" + endpoint.id()).then().statusCode(404);
            given().auth().oauth2(other).get(BASE).then().statusCode(200)
                    .body("items.id", not(hasItem(endpoint.id())));

            admin().get(BASE + "?limit=100").then().statusCode(200).body("items.id", hasItem(endpoint.id()))
                    .body("limit", equalTo(100)).body("offset", equalTo(0))
                    .body("items.find { it.id == '" + endpoint.id() + "' }.secret", nullValue());
            admin().get(BASE + "?limit=0").then().statusCode(400);
        } finally {
            OutboundWebhookTest.delete(endpoint);
        }
        admin().get(BASE + "/" + endpoint.id()).then().statusCode(404);
    }

    @Test
    void anEndpointChangesFieldByFieldAndComesBackEnabled() {
        OutboundWebhookTest.Endpoint endpoint = OutboundWebhookTest.create(URL, List.of("credential.issued"), null);
        try {
            admin().contentType(ContentType.JSON).body(Map.of("enabled", false, "eventTypes",
                    List.of("credential.revoked", "enrolment.completed"), "contactEmail", "it@northbridge.example"))
                    .patch(BASE + "/" + endpoint.id()).then().statusCode(200)
                    .body("enabled", equalTo(false))
                    .body("eventTypes", equalTo(List.of("credential.revoked", "enrolment.completed")))
                    .body("contactEmail", equalTo("it@northbridge.example"))
                    .body("url", equalTo(URL)).body("description", equalTo("test receiver"));
            admin().contentType(ContentType.JSON).body(Map.of("enabled", true)).patch(BASE + "/" + endpoint.id())
                    .then().statusCode(200).body("enabled", equalTo(true)).body("disabledReason", nullValue());
            admin().contentType(ContentType.JSON).body(Map.of("url", "ftp://127.0.0.1/hook"))
                    .patch(BASE + "/" + endpoint.id()).then().statusCode(422)
                    .body("type", equalTo("https://microcred.org/problems/unsafe-webhook-url"));
            admin().get(BASE + "/" + endpoint.id() + "/deliveries/" + UUID.randomUUID()).then().statusCode(404);
            admin().get(BASE + "/" + endpoint.id() + "/deliveries?status=LOST").then().statusCode(400);
        } finally {
            OutboundWebhookTest.delete(endpoint);
        }
    }

    @Test
    void badSubscriptionsAreRefusedWithProblems() {
        admin().contentType(ContentType.JSON)
                .body(Map.of("url", URL, "eventTypes", List.of("credential.exploded", "credential.issued",
                        "credential.issued"), "description", "x".repeat(501), "contactEmail", "nobody"))
                .post(BASE).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/validation"))
                .body("errors.field", equalTo(List.of("eventTypes[0]", "eventTypes[2]", "description",
                        "contactEmail")));
        admin().contentType(ContentType.JSON).body(Map.of("url", URL, "eventTypes", List.of()))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        admin().contentType(ContentType.JSON).body(Map.of("url", "ftp://127.0.0.1/hook", "eventTypes",
                List.of("credential.issued"))).post(BASE).then().statusCode(422)
                .body("type", equalTo("https://microcred.org/problems/unsafe-webhook-url"))
                .body("detail", containsString("https"));
        admin().contentType(ContentType.JSON).body(Map.of("url", "https://" + "a".repeat(2048) + ".example/",
                "eventTypes", List.of("credential.issued"))).post(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        admin().contentType(ContentType.JSON).body(Map.of("url", "https://nowhere.invalid/hook",
                "eventTypes", List.of("credential.issued"))).post(BASE).then().statusCode(422)
                .body("detail", containsString("does not resolve"));
    }
}
