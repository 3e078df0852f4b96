package org.microcred.issuance.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.Topics;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.issuance.Awards;
import org.microcred.issuance.IssuanceTopic;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Issuance consumes real assessment decisions from Kafka and publishes credential.issued through its outbox. */
@Tag("servers")
@QuarkusTest
class AssessmentEventHandlerTest {

    @Test
    void anAwardIsIssuedAsAnOpenBadgeCredentialAndPublished() throws Exception {
        Awards awards = new Awards("northbridge", "SAFe® Practice Zoë 日本語");
        UUID credentialId = awards.issue("nb-admin");

        CredentialIssued issued = issuedEvent(awards.earnerId, credentialId);
        assertEquals(awards.enrolmentId, issued.enrolmentId());
        assertEquals(awards.achievementId, issued.achievementId());
        assertEquals("SAFe® Practice Zoë 日本語", issued.achievementName());
        assertEquals("urn:uuid:" + credentialId, issued.credential().get("id").asText());
        assertEquals("Northbridge University", issued.credential().at("/issuer/name").asText());

        JsonNode stored = given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/credentials/" + credentialId)
                .then().statusCode(200)
                .body("earnerId", equalTo(awards.earnerId))
                .body("credential.name", equalTo("SAFe® Practice Zoë 日本語"))
                .body("credential.credentialSubject.achievement.name", equalTo("SAFe® Practice Zoë 日本語"))
                .body("credential.evidence[0].name", equalTo("plan 日本語.pdf"))
                .extract().as(JsonNode.class).get("credential");
        assertEquals(issued.credential(), stored, "the API serves exactly the document that was published");
        assertEquals(issued.credential(), EventCodec.mapper().readTree(issued.credentialText()),
                "the event's text and its parsed form are the same document");
    }

    @Test
    void theSameAwardDeliveredTwiceIssuesOneCredential() {
        Awards awards = new Awards("northbridge", "Delivered twice");
        awards.publishCatalogue();
        UUID assessmentId = UUID.randomUUID();
        EventEnvelope<AssessmentDecided> award = awards.decided(assessmentId, Decision.AWARD);
        awards.publish(award);
        awards.publish(award);

        awaitBothCopiesApplied(awards);
        awards.credentials("nb-admin").body("findAll { it.assessmentId == '" + assessmentId + "' }", hasSize(1));
        assertEquals(1, issuedEventsInOutbox(awards.earnerId, assessmentId));
    }

    @Test
    void twoDecisionEventsForTheSameAssessmentIssueOneCredential() {
        Awards awards = new Awards("northbridge", "Same assessment twice");
        awards.publishCatalogue();
        UUID assessmentId = UUID.randomUUID();
        EventEnvelope<AssessmentDecided> first = awards.decided(assessmentId, Decision.AWARD);
        EventEnvelope<AssessmentDecided> second = awards.decided(assessmentId, Decision.AWARD);
        assertEquals(first.payload().assessmentId(), second.payload().assessmentId());
        awards.publish(first);
        awards.publish(second);

        awaitBothCopiesApplied(awards);
        awards.credentials("nb-admin").body("findAll { it.assessmentId == '" + assessmentId + "' }", hasSize(1));
        assertEquals(1, issuedEventsInOutbox(awards.earnerId, assessmentId));
    }

    @Test
    void anAwardThatArrivesBeforeItsCatalogueEventIsIssuedWhenTheCatalogueEventArrives() {
        Awards awards = new Awards("northbridge", "Award first");
        UUID assessmentId = UUID.randomUUID();
        awards.publish(awards.decided(assessmentId, Decision.AWARD));

        await().atMost(Duration.ofSeconds(30)).until(() -> pendingAwards(awards.achievementId) == 1);
        awards.credentials("nb-admin").body("$", hasSize(0));

        awards.publishCatalogue();
        awards.awaitCredential("nb-admin", assessmentId);
        assertEquals(0, pendingAwards(awards.achievementId), "the parked award was released");
        awards.credentials("nb-admin").body("$", hasSize(1));
    }

    @Test
    void reviseAndDenyIssueNothing() {
        Awards awards = new Awards("northbridge", "Revise first");
        awards.publishCatalogue();
        UUID revised = UUID.randomUUID();
        UUID denied = UUID.randomUUID();
        awards.publish(awards.decided(revised, Decision.REVISE));
        awards.publish(awards.decided(denied, Decision.DENY));
        UUID awarded = UUID.randomUUID();
        awards.publish(awards.decided(awarded, Decision.AWARD));

        // Same key, same partition: once the award is issued, the decisions before it were applied.
        awards.awaitCredential("nb-admin", awarded);
        awards.credentials("nb-admin").body("$", hasSize(1)).body("[0].assessmentId", equalTo(awarded.toString()));
    }

    @Test
    void anAwardThatCanNeverBeIssuedGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() {
        Awards awards = new Awards("northbridge", "Poison award");
        awards.publishCatalogue();
        AssessmentDecided valid = awards.decided(UUID.randomUUID(), Decision.AWARD).payload();
        AssessmentDecided noEarner = valid.toBuilder().earner(null, null, null).attempt(1).feedback(null)
                .assessorId("assessor").evidence(List.of()).enrolledAt(null).submittedAt(null).build();
        EventEnvelope<AssessmentDecided> poison = EventEnvelope.wrap(noEarner, "northbridge",
                awards.enrolmentId.toString(), java.time.Instant.now(), null);
        awards.publish(poison);
        UUID after = UUID.randomUUID();
        awards.publish(awards.decided(after, Decision.AWARD));

        awards.awaitCredential("nb-admin", after);
        // The award without an earner is in the dead-letter topic.
        TestKafka.await(Awards.PREFIX + Topics.ASSESSMENT + ".issuance-service.dlq",
                r -> r.value().contains(poison.eventId().toString()), 1, Duration.ofSeconds(30));
    }

    /** A later award of the same journey (same key, so same partition) shows the earlier copies were consumed. */
    private static void awaitBothCopiesApplied(Awards awards) {
        awards.publish(awards.decided(UUID.randomUUID(), Decision.REVISE));
        UUID marker = UUID.randomUUID();
        awards.publish(awards.decided(marker, Decision.AWARD));
        awards.awaitCredential("nb-admin", marker);
    }

    private static CredentialIssued issuedEvent(String earnerId, UUID credentialId) {
        return IssuanceTopic.await(earnerId, CredentialIssued.class, 1).stream()
                .filter(issued -> issued.credentialId().equals(credentialId))
                .findFirst().orElseThrow();
    }

    private static long issuedEventsInOutbox(String earnerId, UUID assessmentId) {
        return count("SELECT count(*) FROM outbox_event WHERE event_type = 'credential.issued' AND record_key = '"
                + earnerId + "' AND envelope LIKE '%" + assessmentId + "%'");
    }

    private static long pendingAwards(UUID achievementId) {
        return count("SELECT count(*) FROM pending_award WHERE achievement_id = '" + achievementId + "'");
    }

    private static long count(String sql) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(sql, Long.class).getSingleResult())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
