package org.microcred.enrolment.outbound.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.notification.Mailbox;
import org.microcred.enrolment.webhook.WebhookSignature;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * Outbound webhooks end to end: credential events through the real broker and database to receivers on loopback
 * (the test settings allow http and private addresses; retries in milliseconds, read timeout 1 s).
 */
@Tag("servers")
@QuarkusTest
class OutboundWebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/api/v1/webhook-endpoints";

    record Endpoint(String id, String secret) {
    }

    @Test
    void credentialEventsArriveSignedAndInOrderOnceTheEndpointAnswers() throws IOException {
        // Down (503) for its first two requests: the revocation waits behind the issuance.
        try (Receiver receiver = Receiver.start(0, n -> n < 2 ? 503 : 200)) {
            Endpoint endpoint = create(receiver.url(), List.of("credential.issued", "credential.revoked"), null);
            try {
                UUID credential = UUID.randomUUID();
                publish(credential, issued(credential));
                publish(credential, revoked(credential));
                await().atMost(WAIT).until(() -> receiver.about(credential.toString()).size() >= 4);

                List<Receiver.Request> got = receiver.about(credential.toString());
                List<String> types = got.stream().map(r -> json(r.body()).get("type").asText()).toList();
                assertEquals(List.of("credential.issued", "credential.issued", "credential.issued",
                        "credential.revoked"), types);
                assertEquals(1, got.subList(0, 3).stream().map(Receiver.Request::id).distinct().count(),
                        "one webhook-id across the retries");
                for (Receiver.Request r : got) {
                    verify(endpoint.secret(), r); // throws unless signed with the endpoint's secret
                }
                JsonNode issued = json(got.get(2).body());
                assertEquals(credential.toString(), issued.get("data").get("credentialId").asText());
                assertEquals("Outbound test", issued.get("data").get("achievementName").asText());
                assertNotNull(issued.get("timestamp").asText());
                assertNull(issued.get("data").get("credential"), "never the signed document");
                JsonNode revoked = json(got.get(3).body()).get("data");
                assertEquals("REVOKED", revoked.get("status").asText());
                assertEquals("Issued in error", revoked.get("reason").asText());

                String deliveryId = got.get(0).id();
                JsonPath detail = admin().get(BASE + "/" + endpoint.id() + "/deliveries/" + deliveryId).then()
                        .statusCode(200).extract().jsonPath();
                assertEquals("DELIVERED", detail.getString("status"));
                assertEquals(List.of(503, 503, 200), detail.getList("history.httpStatus"));
                admin().get(BASE + "/" + endpoint.id() + "/deliveries?status=DELIVERED").then().statusCode(200)
                        .body("items.find { it.id == '" + deliveryId + "' }.subject", equalTo(credential.toString()));
            } finally {
                delete(endpoint);
            }
        }
    }

    @Test
    void anEndpointThatIsDownIsReachedOnceItIsUp() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Endpoint endpoint = create("http://127.0.0.1:" + port + "/hook", List.of("credential.issued"), null);
        try {
            UUID credential = UUID.randomUUID();
            publish(credential, issued(credential));
            await().atMost(WAIT).until(() -> delivery(endpoint, credential) != null
                    && delivery(endpoint, credential).getInt("attempts") >= 1);
            try (Receiver receiver = Receiver.start(port, n -> 200)) {
                await().atMost(WAIT).until(() -> "DELIVERED".equals(delivery(endpoint, credential).getString("status")));
                assertEquals(1, receiver.about(credential.toString()).size());
                JsonPath detail = detail(endpoint, delivery(endpoint, credential).getString("id"));
                List<Integer> statuses = detail.getList("history.httpStatus");
                assertNull(statuses.get(0), "the first attempt found no server");
                assertNotNull(detail.getString("history[0].error"));
                assertEquals(200, statuses.get(statuses.size() - 1));
            }
        } finally {
            delete(endpoint);
        }
    }

    @Test
    void anEndpointSlowerThanTheReadTimeoutIsRetried() {
        try (Receiver receiver = Receiver.start(0, n -> n == 0 ? -2500 : 200)) {
            Endpoint endpoint = create(receiver.url(), List.of("credential.issued"), null);
            try {
                UUID credential = UUID.randomUUID();
                publish(credential, issued(credential));
                await().atMost(WAIT).until(() -> delivery(endpoint, credential) != null
                        && "DELIVERED".equals(delivery(endpoint, credential).getString("status")));
                JsonPath detail = detail(endpoint, delivery(endpoint, credential).getString("id"));
                assertEquals(2, detail.getList("history").size());
                assertNull(detail.get("history[0].httpStatus"));
                assertTrue(detail.getString("history[0].error").toLowerCase().contains("timeout"),
                        detail.getString("history[0].error"));
                assertTrue(detail.getLong("history[0].durationMs") < 2500, "not waited for");
                assertEquals(200, detail.getInt("history[1].httpStatus"));
            } finally {
                delete(endpoint);
            }
        }
    }

    @Test
    void anEndpointThatKeepsFailingEndsFailedAndDisabledAndItsContactIsTold() {
        String contact = "ops-" + UUID.randomUUID() + "@northbridge.example";
        try (Receiver receiver = Receiver.start(0, n -> 500)) {
            Endpoint endpoint = create(receiver.url(), List.of("credential.issued"), contact);
            try {
                UUID credential = UUID.randomUUID();
                publish(credential, issued(credential));
                await().atMost(WAIT).until(() -> delivery(endpoint, credential) != null
                        && "FAILED".equals(delivery(endpoint, credential).getString("status")));
                // The first attempt and one per retry delay (4 in the test settings).
                assertEquals(5, receiver.about(credential.toString()).size());
                assertEquals(5, delivery(endpoint, credential).getInt("attempts"));
                admin().get(BASE + "/" + endpoint.id()).then().statusCode(200)
                        .body("enabled", equalTo(false))
                        .body("disabledReason", org.hamcrest.Matchers.containsString("HTTP 500"));
                Mailbox.require();
                await().atMost(WAIT).until(() -> !Mailbox.withSubject("Webhook endpoint disabled: " + endpoint.id())
                        .isEmpty());
            } finally {
                delete(endpoint);
            }
        }
    }

    @Test
    void duringARotationBothSecretsSignAndAReplaySendsItAgain() {
        try (Receiver receiver = Receiver.start(0, n -> 200)) {
            Endpoint endpoint = create(receiver.url(), List.of("credential.issued"), null);
            try {
                JsonPath rotated = admin().post(BASE + "/" + endpoint.id() + "/secret-rotation").then()
                        .statusCode(200).body("previousSecretValidUntil", notNullValue()).extract().jsonPath();
                String newSecret = rotated.getString("secret");
                assertTrue(newSecret.startsWith("whsec_") && !newSecret.equals(endpoint.secret()));
                admin().get(BASE + "/" + endpoint.id()).then().statusCode(200).body("secret", nullValue());

                UUID credential = UUID.randomUUID();
                publish(credential, issued(credential));
                await().atMost(WAIT).until(() -> receiver.about(credential.toString()).size() == 1);
                Receiver.Request first = receiver.about(credential.toString()).get(0);
                String[] signatures = first.signature().split(" ");
                assertEquals(2, signatures.length, first.signature());
                for (String secret : List.of(endpoint.secret(), newSecret)) {
                    long matching = java.util.Arrays.stream(signatures).filter(s -> verifies(secret, first, s)).count();
                    assertEquals(1, matching, "one signature under each secret");
                }

                admin().post(BASE + "/" + endpoint.id() + "/deliveries/" + first.id() + "/replay").then()
                        .statusCode(202).body("status", equalTo("PENDING")).body("round", equalTo(2));
                await().atMost(WAIT).until(() -> receiver.about(credential.toString()).size() == 2);
                Receiver.Request again = receiver.about(credential.toString()).get(1);
                assertEquals(first.id(), again.id());
                assertEquals(first.body(), again.body());
                verify(newSecret, again);
                await().atMost(WAIT).until(() -> "DELIVERED".equals(detail(endpoint, first.id()).getString("status")));
                assertEquals(List.of(1, 2), detail(endpoint, first.id()).getList("history.round"));
            } finally {
                delete(endpoint);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static Endpoint create(String url, List<String> types, String contactEmail) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("url", url, "eventTypes", types,
                "description", "test receiver"));
        if (contactEmail != null) {
            body.put("contactEmail", contactEmail);
        }
        JsonPath created = admin().contentType(ContentType.JSON).body(body).post(BASE).then().statusCode(201)
                .body("enabled", equalTo(true)).extract().jsonPath();
        return new Endpoint(created.getString("id"), created.getString("secret"));
    }

    static void delete(Endpoint endpoint) {
        admin().delete(BASE + "/" + endpoint.id()).then().statusCode(204);
    }

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.user("nb-admin"));
    }

    static JsonPath delivery(Endpoint endpoint, UUID subject) {
        JsonPath page = admin().get(BASE + "/" + endpoint.id() + "/deliveries?limit=100").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> found = page.get("items.find { it.subject == '" + subject + "' }");
        return found == null ? null : new JsonPath(toJson(found));
    }

    static JsonPath detail(Endpoint endpoint, String deliveryId) {
        return admin().get(BASE + "/" + endpoint.id() + "/deliveries/" + deliveryId).then().statusCode(200)
                .extract().jsonPath();
    }

    static void publish(UUID credential, EventEnvelope<?> event) {
        TestKafka.publish("test.", credential.toString(), event);
    }

    static EventEnvelope<CredentialIssued> issued(UUID credential) {
        CredentialIssued c = new CredentialIssued(credential, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                1, "earner-" + credential, "Outbound test", JsonNodeFactory.instance.objectNode().put("secret", "x"),
                Instant.now(), null);
        return EventEnvelope.wrap(c, "northbridge", c.earnerId(), Instant.now(), null);
    }

    private static EventEnvelope<CredentialStatusChanged> revoked(UUID credential) {
        CredentialStatusChanged c = new CredentialStatusChanged(credential, UUID.randomUUID(), "earner-" + credential,
                "REVOKED", "Issued in error", "nb-admin", Instant.now());
        return EventEnvelope.wrap(c, "northbridge", credential.toString(), Instant.now(), null);
    }

    static void verify(String secret, Receiver.Request r) {
        WebhookSignature.verify(secret, r.id(), r.timestamp(), r.signature(),
                r.body().getBytes(StandardCharsets.UTF_8), Instant.now(), Duration.ofMinutes(5));
    }

    private static boolean verifies(String secret, Receiver.Request r, String oneSignature) {
        try {
            WebhookSignature.verify(secret, r.id(), r.timestamp(), oneSignature,
                    r.body().getBytes(StandardCharsets.UTF_8), Instant.now(), Duration.ofMinutes(5));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
