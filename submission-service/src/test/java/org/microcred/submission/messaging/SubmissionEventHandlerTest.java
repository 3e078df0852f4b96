package org.microcred.submission.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.submission.rest.Journeys;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Submissions follow real Kafka records of the other stages, and announce theirs through the outbox. */
@QuarkusTest
class SubmissionEventHandlerTest {

    private static final String PREFIX = Journeys.PREFIX;

    @Test
    void aReviseDecisionLetsTheEarnerStartAttemptTwo() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID first = Journeys.submittedAttempt(journey, Samples.PDF);
        publishDecision(journey, first, 1, Decision.REVISE);

        await().atMost(Duration.ofSeconds(30)).until(() -> Journeys.start("nb-earner", journey.enrolmentId()).statusCode() == 201);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions?enrolmentId=" + journey.enrolmentId())
                .then().statusCode(200)
                .body("attempt", contains(2, 1))
                .body("status", contains("DRAFT", "REVISE_REQUESTED"))
                .body("[1].artifacts[0].sha256", equalTo(Samples.sha256(Samples.PDF)));
    }

    @Test
    void anAwardClosesTheEnrolmentsSubmissions() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID first = Journeys.submittedAttempt(journey, Samples.PDF);
        publishDecision(journey, first, 1, Decision.AWARD);

        await().atMost(Duration.ofSeconds(30)).until(() -> "AWARDED".equals(given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/submissions/" + first).then().statusCode(200).extract().path("status")));
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/submissions-closed"));
    }

    @Test
    void theSameEnrolmentCreatedDeliveredTwiceHasOneEffect() throws SQLException {
        Journey journey = Journeys.enrolled("nb-earner");
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), journey.enrolmentEvent());
        // A later enrolment on the same key, so the same partition: once it shows, both copies were consumed.
        Journey marker = Journeys.enrol("nb-earner", journey.tenant(), journey.achievementId());
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(), marker.enrolmentEvent());
        Journeys.startAttempt(marker);

        assertEquals(1, count("SELECT count(*) FROM enrolment WHERE id = ?", journey.enrolmentId()));
        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE event_id = ?", journey.enrolmentEvent().eventId()));
        Journeys.startAttempt(journey);
        Journeys.start("nb-earner", journey.enrolmentId()).then().statusCode(200).body("attempt", equalTo(1));
        assertFalse(TestKafka.read(PREFIX + Topics.ENROLMENT + ".submission-service.dlq", Integer.MAX_VALUE, Duration.ofSeconds(3))
                .stream().anyMatch(r -> r.value().contains(journey.enrolmentEvent().eventId().toString())),
                "the second copy was not dead-lettered");
    }

    @Test
    void aSubmissionIsPublishedThroughTheOutboxKeyedByItsEnrolment() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID submissionId = Journeys.submittedAttempt(journey, Samples.PDF);

        ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = TestKafka.read(PREFIX + Topics.SUBMISSION, Integer.MAX_VALUE, Duration.ofSeconds(3)).stream()
                    .filter(r -> r.value().contains(submissionId.toString())).findFirst().orElse(null);
            return found[0] != null;
        });
        assertEquals(journey.enrolmentId().toString(), found[0].key());
        EventEnvelope<EventPayload> event = EventCodec.decode(found[0].value());
        SubmissionSubmitted submitted = (SubmissionSubmitted) event.payload();
        assertEquals("northbridge", event.tenantId());
        assertEquals(1, submitted.attempt());
        assertEquals(Journeys.subjectOf("nb-earner"), submitted.earnerId());
        assertEquals("nb-earner@example.org", submitted.earnerEmail());
        assertEquals(journey.achievementId(), submitted.achievementId());
        assertEquals(2, submitted.answers().size());
        assertEquals(Samples.sha256(Samples.PDF), submitted.artifacts().get(0).sha256());
        assertEquals("application/pdf", submitted.artifacts().get(0).mediaType());
        // The activity's start, from the enrolment read model (stored to the microsecond).
        Instant enrolledAt = ((EnrolmentCreated) journey.enrolmentEvent().payload()).enrolledAt();
        assertEquals(enrolledAt.truncatedTo(ChronoUnit.MICROS), submitted.enrolledAt());
    }

    private static void publishDecision(Journey journey, UUID submissionId, int attempt, Decision decision) {
        TestKafka.publish(PREFIX, journey.enrolmentId().toString(),
                Journeys.decided(journey, submissionId, attempt, decision));
    }

    private static long count(String sql, UUID id) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
