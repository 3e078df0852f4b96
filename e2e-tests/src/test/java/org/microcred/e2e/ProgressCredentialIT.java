package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.e2e.Journeys.assertJourney;
import static org.microcred.e2e.Journeys.atStage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.Topics;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.enrolment.ActivityReported;

/**
 * A {@code progress} micro-credential decided from the LMS alone: the LMS enrols the learner and
 * reports scores through signed Standard Webhooks deliveries, each answered 202 and followed on its
 * status endpoint until PROCESSED; a score below the rule's threshold is a REVISE, one above it an
 * award, a credential that verifies. Retried deliveries have one effect; stale or badly signed ones
 * are refused and leave nothing; a report about a learner who is not enrolled ends FAILED with its
 * problem. No assessor is involved.
 */
class ProgressCredentialIT {

    private static final String TENANT = "northbridge";
    private static final String LEARNER = "nb-earner2";
    private static final String ACTIVITY = "quiz-final";
    private static final String OTHER_ACTIVITY = "unit-3-reading";

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final LearningClient learning = new LearningClient(client);
    private final LmsWebhook lms = new LmsWebhook(client);
    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void theLmsEnrolsAndReportsScoresAndTheCredentialIsDecidedWithoutAnAssessor() {
        String achievementId = client.publishAchievement("nb-admin",
                Definitions.progress("Fractions quiz — 80 % or better", ACTIVITY, 80));
        Map<String, Object> learner = LmsWebhook.learner(client.tokens().claims(LEARNER));
        String enrolmentId = enrolTwiceByTheSameDelivery(achievementId, learner);

        lms.apply(TENANT, LmsWebhook.activityCompleted(achievementId, learner, ACTIVITY, 60.0));
        JsonNode revise = learning.awaitJourney(LEARNER, enrolmentId, "REVISE", atStage("REVISE"));
        assertJourney(revise, "REVISE", 1, List.of("1:REVISE"));
        String feedback = Journeys.feedbackOfAttempt(revise, 1).path("feedback").asText();
        assertTrue(feedback.contains("60") && feedback.contains("80"), "the feedback names score and threshold: " + feedback);
        AssessmentDecided reviseEvent = awaitDecisions(enrolmentId, 1).get(0);
        assertEquals("progress", reviseEvent.basis(), "decided on progress: " + reviseEvent);
        assertNull(reviseEvent.assessorId(), "no assessor");
        assertNull(reviseEvent.submissionId(), "no submission");

        refusedDeliveriesLeaveNothing(achievementId, learner, enrolmentId);
        aReportAboutALearnerNotEnrolledFails(achievementId);

        String passed = LmsWebhook.activityCompleted(achievementId, learner, ACTIVITY, 90.0);
        String passedDelivery = "msg_" + UUID.randomUUID();
        long passedAt = Instant.now().getEpochSecond();
        String reportId = lms.awaitResult(TENANT, lms.deliver(TENANT, passedDelivery, passedAt, passed))
                .path("reportId").asText();
        Http.Reply resent = lms.deliver(TENANT, passedDelivery, passedAt, passed).expect(202);
        assertEquals("PROCESSED", resent.at("/status"), "the resent delivery answers the first one's status");
        assertEquals(reportId, resent.at("/result/reportId"), resent.text());
        learning.awaitJourney(LEARNER, enrolmentId, "AWARDED", atStage("AWARDED", "ISSUED"));
        JsonNode issued = learning.awaitJourney(LEARNER, enrolmentId, "ISSUED with its credential",
                j -> "ISSUED".equals(j.path("stage").asText()) && !j.path("credentialId").asText("").isBlank());
        String credentialId = issued.path("credentialId").asText();
        // The dashboard and the wallet consume credential.issued independently: wait for the wallet's copy.
        assertEquals(credentialId, client.awaitCredentialInWallet(LEARNER, enrolmentId).path("id").asText(),
                "the wallet holds the credential the dashboard names");
        String document = client.credentialText(LEARNER, credentialId);
        assertTrue(client.credential(LEARNER, credentialId).at("/credentialSubject/result").toString().contains("90"),
                "the credential states the score: " + document);
        JsonNode report = client.verify(document).expect(200).json();
        assertTrue(report.path("verified").asBoolean(), "the progress credential verifies: " + report);

        assertEquals(List.of("60", "-", "90"), scores(reports(enrolmentId)), "the retried delivery was reported once");
        assertEquals(1, client.walletEntries(LEARNER, enrolmentId).size(), "one credential in the wallet");
        List<AssessmentDecided> decisions = awaitDecisions(enrolmentId, 2);
        assertEquals(List.of("REVISE", "AWARD"), decisions.stream().map(d -> d.decision().name()).toList());
        assertTrue(decisions.stream().allMatch(d -> d.assessorId() == null && "progress".equals(d.basis())),
                "no assessor: " + decisions);
        assertEquals(0, LearningClient.items(client.http().get(client.endpoints().assessment()
                + "/api/v1/assessments?achievementId=" + achievementId + "&status=PENDING",
                client.token("nb-assessor")).expect(200).json()).size(), "nothing in the assessors' queue");
    }

    /**
     * The LMS retries its enrolment delivery (same webhook-id): 202 again, the same delivery with
     * its result, one enrolment.
     */
    private String enrolTwiceByTheSameDelivery(String achievementId, Map<String, Object> learner) {
        String body = LmsWebhook.enrolmentRequested(achievementId, learner);
        String delivery = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        Http.Reply first = lms.deliver(TENANT, delivery, now, body);
        assertEquals(delivery, LmsWebhook.accepted(first));
        JsonNode result = lms.awaitResult(TENANT, first);
        String enrolmentId = result.path("enrolmentId").asText();
        assertEquals("ACTIVE", result.path("status").asText(), result.toString());
        Http.Reply retried = lms.deliver(TENANT, delivery, now, body).expect(202);
        assertEquals(delivery, retried.at("/deliveryId"), retried.text());
        assertEquals("PROCESSED", retried.at("/status"), retried.text());
        assertEquals(enrolmentId, retried.at("/result/enrolmentId"), "the retry answers the first delivery's result");
        JsonNode status = lms.status(TENANT, delivery).expect(200).json();
        assertEquals("enrolment.requested", status.path("type").asText(), status.toString());
        assertEquals(enrolmentId, status.at("/result/enrolmentId").asText(), status.toString());

        JsonNode enrolled = learning.awaitJourney(LEARNER, enrolmentId, "ENROLLED", atStage("ENROLLED"));
        assertJourney(enrolled, "ENROLLED", 0, List.of());
        assertEquals(1, learning.journeysFor(LEARNER, achievementId).count(), "one enrolment for two deliveries");
        return enrolmentId;
    }

    /**
     * A stale, a future, a forged, a tampered and a misdirected delivery: 401 each. Then a valid
     * report of another activity, published after them by the same outbox: once it is on Kafka, a
     * refused delivery that had left a report would be there too.
     */
    private void refusedDeliveriesLeaveNothing(String achievementId, Map<String, Object> learner, String enrolmentId) {
        String body = LmsWebhook.activityCompleted(achievementId, learner, ACTIVITY, 95.0);
        String secret = LmsWebhook.secret(TENANT);
        long now = Instant.now().getEpochSecond();
        long stale = now - Duration.ofMinutes(6).toSeconds();
        long future = now + Duration.ofMinutes(6).toSeconds();
        assertEquals(401, lms.deliver(TENANT, "msg_" + UUID.randomUUID(), stale, body).status(), "stale timestamp");
        assertEquals(401, lms.deliver(TENANT, "msg_" + UUID.randomUUID(), future, body).status(), "future timestamp");
        String id = "msg_" + UUID.randomUUID();
        String otherKey = "whsec_" + Base64.getEncoder().encodeToString(
                "not the institution's secret, 32b".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, lms.deliver(TENANT, id, now, body, LmsWebhook.signature(otherKey, id, now, body)).status(),
                "signed with another key");
        assertEquals(401, lms.deliver(TENANT, id, now, body.replace("95.0", "100.0"),
                LmsWebhook.signature(secret, id, now, body)).status(), "body changed after signing");
        assertEquals(401, lms.deliver("southport", id, now, body, LmsWebhook.signature(secret, id, now, body)).status(),
                "another tenant's endpoint");
        assertEquals(401, lms.deliver(TENANT, id, now, body, "v1,").status(), "an empty signature");
        assertEquals(404, lms.status(TENANT, id).status(), "a refused delivery is not in the inbox");

        lms.apply(TENANT, LmsWebhook.activityCompleted(achievementId, learner, OTHER_ACTIVITY, null));
        List<ActivityReported> reports = Poll.until("the report of " + OTHER_ACTIVITY, JourneyClient.HOP, () -> {
            List<ActivityReported> found = reports(enrolmentId);
            return found.stream().anyMatch(r -> OTHER_ACTIVITY.equals(r.activityId()))
                    ? Optional.of(found) : Optional.empty();
        });
        assertEquals(List.of("60", "-"), scores(reports), "only the valid deliveries were reported");
        kafka.awaitConsumedByService(system.topicPrefix + "assessment-service", system.topicPrefix + Topics.ENROLMENT, JourneyClient.HOP);
        assertEquals(1, awaitDecisions(enrolmentId, 1).size(), "another activity decides nothing");
        assertEquals("REVISE", client.dashboard(LEARNER, enrolmentId).path("stage").asText());
    }

    /**
     * A report about a learner the institution never enrolled: accepted (it is well signed and well
     * formed), then FAILED with the 404 problem once its bounded retries are used up; no report.
     */
    private void aReportAboutALearnerNotEnrolledFails(String achievementId) {
        Map<String, Object> stranger = Map.of("id", "not-enrolled-" + UUID.randomUUID());
        String deliveryId = LmsWebhook.accepted(lms.deliver(TENANT,
                LmsWebhook.activityCompleted(achievementId, stranger, ACTIVITY, 99.0)));
        JsonNode status = lms.awaitSettled(TENANT, deliveryId);
        assertEquals("FAILED", status.path("status").asText(), status.toString());
        assertEquals(404, status.at("/problem/status").asInt(), status.toString());
        assertTrue(status.at("/problem/type").asText().endsWith("/not-found"), status.toString());
        assertTrue(status.path("result").isMissingNode(), "no result: " + status);
    }

    private List<ActivityReported> reports(String enrolmentId) {
        return kafka.payloads(system.topicPrefix + Topics.ENROLMENT, "enrolment.activity.reported",
                ActivityReported.class, enrolmentId);
    }

    /** Each report's score as a whole number, or "-" without one, in order. */
    private static List<String> scores(List<ActivityReported> reports) {
        return reports.stream().map(r -> r.score() == null ? "-" : r.score().stripTrailingZeros().toPlainString())
                .toList();
    }

    private List<AssessmentDecided> awaitDecisions(String enrolmentId, int atLeast) {
        return Poll.until(atLeast + " decisions for " + enrolmentId + " on Kafka", JourneyClient.HOP, () -> {
            List<AssessmentDecided> found = kafka.payloads(system.topicPrefix + Topics.ASSESSMENT,
                    "assessment.decided", AssessmentDecided.class, enrolmentId);
            return found.size() >= atLeast ? Optional.of(found) : Optional.empty();
        });
    }
}
