package org.microcred.enrolment.webhook.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.service.EnrolmentService;
import org.microcred.enrolment.webhook.LmsMessageParser;
import org.microcred.enrolment.webhook.WebhookDelivery;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.enrolment.webhook.rest.WebhookSigner;
import org.microcred.support.testing.Tokens;

/**
 * A database outage, however long, never fails an LMS delivery: an attempt that failed because a server was away is
 * not counted against the delivery's retries (5 here), and the delivery is applied once the server is back. Before,
 * the sixth such attempt marked it FAILED with a 500 problem, so an outage of about a minute lost the LMS's message.
 */
@Tag("servers")
@QuarkusTest
@TestProfile(InboxOutageTest.OutageProfile.class)
class InboxOutageTest {

    /**
     * As {@link InboxCrashSafetyTest.NoProcessor} (no processor timer: the test runs the passes), with an applier that
     * fails as if the database were away.
     */
    public static class OutageProfile extends InboxCrashSafetyTest.NoProcessor {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(OutageApplier.class);
        }
    }

    /**
     * Fails the deliveries of learner {@link #learner} with "connection refused" while {@link #away} is above zero,
     * counting down; then applies them for real. Other deliveries (of other tests) pass untouched.
     */
    @Alternative
    @Priority(1)
    @Singleton
    public static class OutageApplier extends DeliveryApplier {
        static final AtomicInteger away = new AtomicInteger();
        static volatile String learner = "";

        @Inject
        public OutageApplier(LmsMessageParser parser, EnrolmentService enrolments, ActivityReports activities,
                AwardRequests awards, Learners learners, StandInClaims claims) {
            super(parser, enrolments, activities, awards, learners, claims);
        }

        @Override
        public Uni<Record> apply(WebhookDelivery delivery) {
            if (delivery.body.contains(learner) && away.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return Uni.createFrom().failure(new ConnectException("Connection refused: localhost/127.0.0.1:5432"));
            }
            return super.apply(delivery);
        }
    }

    private static final String TENANT = "northbridge";

    @Inject
    InboxProcessor processor;

    @Test
    void aDeliveryOutlivesAnOutageLongerThanItsRetries() {
        UUID achievement = EnrolmentFixture.published("Outage " + UUID.randomUUID());
        String learner = "outage-" + UUID.randomUUID();
        int failedPasses = 12; // more than twice microcred.lms.inbox-retries
        OutageApplier.learner = learner;
        OutageApplier.away.set(failedPasses);
        String id = WebhookSigner.deliver(TENANT, WebhookSigner.enrolmentRequested(achievement, learner))
                .then().statusCode(202).extract().path("deliveryId");

        for (int pass = 0; pass < failedPasses; pass++) {
            processor.runOnce(Instant.now()).await().atMost(Duration.ofSeconds(60));
        }
        JsonPath waiting = WebhookSigner.status(TENANT, id).then().statusCode(200).extract().jsonPath();
        assertEquals("RECEIVED", waiting.getString("status"), waiting.prettify());
        assertEquals(0, waiting.getInt("attempts"), "an outage is not an attempt: " + waiting.prettify());
        assertEquals(0, OutageApplier.away.get());

        processor.runOnce(Instant.now()).await().atMost(Duration.ofSeconds(60));

        JsonPath done = WebhookSigner.status(TENANT, id).then().statusCode(200).extract().jsonPath();
        assertEquals("PROCESSED", done.getString("status"), done.prettify());
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].earnerId", equalTo(learner));
    }
}
