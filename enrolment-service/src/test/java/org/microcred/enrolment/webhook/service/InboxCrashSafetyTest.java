package org.microcred.enrolment.webhook.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.enrolment.webhook.rest.WebhookSigner;
import org.microcred.support.testing.Tokens;

/**
 * A crash between storing a delivery and applying it loses nothing: with no processor running (as
 * when the instance died right after answering 202), the delivery waits RECEIVED in the inbox;
 * the next processor to run applies it.
 */
@Tag("servers")
@QuarkusTest
@TestProfile(InboxCrashSafetyTest.NoProcessor.class)
class InboxCrashSafetyTest {

    /** This instance's processor timer does not run; the test runs a pass by hand. */
    public static class NoProcessor implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("microcred.lms.inbox-enabled", "false");
        }
    }

    private static final String TENANT = "northbridge";

    @Inject
    InboxProcessor processor;

    @Test
    void aDeliveryStoredBeforeACrashIsAppliedByTheNextProcessor() {
        UUID achievement = EnrolmentFixture.published("Crash safe " + UUID.randomUUID());
        String learner = "crash-" + UUID.randomUUID();
        String id = WebhookSigner.deliver(TENANT, WebhookSigner.enrolmentRequested(achievement, learner))
                .then().statusCode(202).extract().path("deliveryId");

        // The crash: this profile runs no processor, so the stored delivery waits, with no effect yet, until the
        // next processor's pass below (no fixed wait: nothing here could apply it).
        WebhookSigner.status(TENANT, id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        roster(achievement).body("total", equalTo(0));

        processor.runOnce(Instant.now()).await().atMost(Duration.ofSeconds(60));

        JsonPath status = WebhookSigner.status(TENANT, id).then().statusCode(200).extract().jsonPath();
        assertEquals("PROCESSED", status.getString("status"), status.prettify());
        roster(achievement).body("total", equalTo(1))
                .body("items[0].id", equalTo(status.getString("result.enrolmentId")))
                .body("items[0].earnerId", equalTo(learner));
        // A second pass finds nothing more to do for it: still one enrolment.
        processor.runOnce(Instant.now()).await().atMost(Duration.ofSeconds(60));
        roster(achievement).body("total", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse roster(UUID achievement) {
        return given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200);
    }
}
