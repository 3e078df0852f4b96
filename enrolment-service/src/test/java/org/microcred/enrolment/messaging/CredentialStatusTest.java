package org.microcred.enrolment.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** The journey shows its credential's status as issuance announces it, through the real broker. */
@Tag("servers")
@QuarkusTest
class CredentialStatusTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String EARNER = "nb-earner";

    private record Issued(UUID enrolmentId, UUID credentialId, String earnerId) {
    }

    @Test
    void theJourneyShowsItsCredentialSuspendedReinstatedAndRevoked() {
        Issued issued = issuedJourney("Status");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        until(issued, r -> r.body("stage", equalTo("ISSUED")).body("credentialStatus", equalTo("ACTIVE"))
                .body("nextAction", equalTo("Share your credential")));

        publish(issued, changed(issued, "SUSPENDED", "Under review", t0.plusSeconds(1)));
        until(issued, r -> r.body("credentialStatus", equalTo("SUSPENDED"))
                .body("nextAction", equalTo("Contact your institution: your credential is suspended")));
        publish(issued, changed(issued, "ACTIVE", null, t0.plusSeconds(2)));
        until(issued, r -> r.body("credentialStatus", equalTo("ACTIVE")));
        publish(issued, changed(issued, "REVOKED", "Issued in error", t0.plusSeconds(3)));
        until(issued, r -> r.body("credentialStatus", equalTo("REVOKED")).body("stage", equalTo("ISSUED"))
                .body("nextAction", equalTo("Contact your institution: your credential was revoked")));

        List<String> details = dashboard(issued).extract().path("steps.detail");
        assertEquals(List.of("Credential suspended: Under review", "Credential reinstated",
                "Credential revoked: Issued in error"), details.stream().filter(d -> d.startsWith("Credential ")
                && !d.endsWith("issued")).toList());
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/dashboard?limit=100").then().statusCode(200)
                .body("journeys.find { it.enrolmentId == '" + issued.enrolmentId() + "' }.credentialStatus",
                        equalTo("REVOKED"));
    }

    @Test
    void aRedeliveredOrOlderChangeChangesNothing() {
        Issued first = issuedJourney("Redelivered status");
        Issued second = issuedJourney("Later status");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EventEnvelope<CredentialStatusChanged> revoked = changed(first, "REVOKED", "Fraud", t0.plusSeconds(5));
        publish(first, revoked);
        publish(first, revoked);
        // Older than the revocation (and a revocation is final anyway): it changes nothing.
        publish(first, changed(first, "ACTIVE", null, t0.plusSeconds(1)));
        // Same key (the earner), same partition: once this shows, the copies above were consumed.
        publish(second, changed(second, "SUSPENDED", null, t0.plusSeconds(6)));
        until(second, r -> r.body("credentialStatus", equalTo("SUSPENDED")));

        dashboard(first).body("credentialStatus", equalTo("REVOKED"));
        List<String> details = dashboard(first).extract().path("steps.detail");
        assertEquals(1, details.stream().filter("Credential revoked: Fraud"::equals).count(),
                "one step for one event: " + details);
    }

    @Test
    void aJourneyWithoutCredentialHasNoCredentialStatus() {
        UUID achievement = EnrolmentFixture.published("No credential " + UUID.randomUUID());
        UUID enrolment = EnrolmentFixture.enrolled(EARNER, achievement);
        given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/dashboard/" + enrolment).then().statusCode(200)
                .body("credentialStatus", nullValue());
    }

    private static Issued issuedJourney(String name) {
        UUID achievement = EnrolmentFixture.published(name + " " + UUID.randomUUID());
        UUID enrolment = EnrolmentFixture.enrolled(EARNER, achievement);
        Issued issued = new Issued(enrolment, UUID.randomUUID(), Tokens.subject(EARNER));
        CredentialIssued event = new CredentialIssued(issued.credentialId(), enrolment, UUID.randomUUID(), achievement,
                1, issued.earnerId(), name, JsonNodeFactory.instance.objectNode(), Instant.now(), null);
        publish(issued, EventEnvelope.wrap(event, "northbridge", issued.earnerId(), Instant.now(), null));
        until(issued, r -> r.body("stage", equalTo("ISSUED")));
        return issued;
    }

    private static EventEnvelope<CredentialStatusChanged> changed(Issued issued, String status, String reason,
            Instant at) {
        CredentialStatusChanged changed = new CredentialStatusChanged(issued.credentialId(), issued.enrolmentId(),
                issued.earnerId(), status, reason, "nb-admin", at);
        return EventEnvelope.wrap(changed, "northbridge", issued.credentialId().toString(), at, null);
    }

    private static void publish(Issued issued, EventEnvelope<?> event) {
        TestKafka.publish("test.", issued.earnerId(), event);
    }

    private static void until(Issued issued, java.util.function.Consumer<ValidatableResponse> check) {
        await().atMost(WAIT).untilAsserted(() -> check.accept(dashboard(issued)));
    }

    private static ValidatableResponse dashboard(Issued issued) {
        return given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/dashboard/" + issued.enrolmentId())
                .then().statusCode(200);
    }
}
