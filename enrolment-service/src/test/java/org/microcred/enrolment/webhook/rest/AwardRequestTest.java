package org.microcred.enrolment.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.enrolment.webhook.ClaimLinks;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * {@code credential.award.requested}: an LMS asks for the award of a micro-credential met in the LMS. The award goes to
 * the learner's account, or to a stand-in with a claim link; once per learner and version; refused for a micro-credential
 * an assessor judges; a claim moves the stand-in's journey to the account that claimed it.
 */
@Tag("servers")
@QuarkusTest
class AwardRequestTest {

    private static final String TENANT = "northbridge";
    private static final String PROBLEMS = "https://microcred.org/problems/";

    @Test
    void anAwardForAnEmailWithoutAnAccountGoesToAStandInWithAClaimLink() {
        UUID achievement = progress("Unclaimed");
        String email = "new-" + UUID.randomUUID() + "@learners.example.org";
        Instant completed = Instant.now().minusSeconds(3600);
        JsonPath result = WebhookSigner.processed(TENANT, award(achievement, learner(null, email), completed));

        assertEquals("requested", result.getString("outcome"));
        assertTrue(result.getBoolean("unclaimed"));
        String claimUrl = result.getString("claimUrl");
        assertTrue(claimUrl.startsWith("microcred://claim/"), claimUrl);
        String secret = claimUrl.substring("microcred://claim/".length());
        assertEquals(43, secret.length(), "256 random bits, base64url: " + secret);
        Instant expires = Instant.parse(result.getString("claimExpiresAt"));
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(29))), "valid about 30 days: " + expires);

        String standIn = ClaimLinks.standInFor(email);
        UUID enrolment = UUID.fromString(result.getString("enrolmentId"));
        ActivityReported report = single(EnrolmentFixture.committed(enrolment), ActivityReported.class);
        assertTrue(report.asksForAward(), report.toString());
        assertEquals(standIn, report.earnerId());
        assertEquals(email, report.earnerEmail());
        assertEquals(UUID.fromString(result.getString("awardId")), report.reportId());
        assertEquals(completed, report.occurredAt());
        assertEquals("https://lms.example.org/courses/7/completion", report.evidenceUrl());
        assertEquals("lms", single(EnrolmentFixture.committed(enrolment), EnrolmentCreated.class).source());

        ClaimOffered offer = single(committedFor(standIn), ClaimOffered.class);
        assertEquals(ClaimLinks.hashOf(secret), offer.tokenHash(), "the wallet gets the secret's hash, not the secret");
        assertEquals(email, offer.earnerEmail());
        assertEquals(expires, offer.expiresAt());
        assertEquals(enrolment, offer.enrolmentId());

        List<Object[]> mails = notifications(enrolment);
        assertEquals(1, mails.size(), "the claim link is mailed; no 'awarded' mail to a learner without an account");
        assertEquals("claim-offered", mails.get(0)[0]);
        assertEquals(email, mails.get(0)[1]);
        assertTrue(((String) mails.get(0)[2]).contains(secret), "the mail carries the link");
    }

    @Test
    void theSameLearnerAndVersionIsAwardedOnceWhateverTheRequest() {
        UUID achievement = progress("Once");
        String email = "twice-" + UUID.randomUUID() + "@learners.example.org";
        JsonPath first = WebhookSigner.processed(TENANT, award(achievement, learner(null, email), null));
        // Another request (another webhook id), the email written differently: the same learner.
        JsonPath second = WebhookSigner.processed(TENANT, award(achievement, learner(null, email.toUpperCase()), null));

        assertEquals("already-requested", second.getString("outcome"));
        assertEquals(first.getString("awardId"), second.getString("awardId"));
        assertEquals(first.getString("claimUrl"), second.getString("claimUrl"));
        UUID enrolment = UUID.fromString(first.getString("enrolmentId"));
        assertEquals(1, EnrolmentFixture.committed(enrolment).stream()
                .filter(e -> e.payload() instanceof ActivityReported).count(), "one award asked of assessment");
        assertEquals(1, committedFor(ClaimLinks.standInFor(email)).stream()
                .filter(e -> e.payload() instanceof ClaimOffered).count(), "one claim offer");
    }

    @Test
    void anEmailAnAccountEnrolledWithIsAwardedToThatAccountsEnrolment() {
        UUID achievement = progress("Known");
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner2", achievement);
        String email = single(EnrolmentFixture.committed(enrolment), EnrolmentCreated.class).earnerEmail();

        JsonPath result = WebhookSigner.processed(TENANT,
                award(achievement, learner(null, email.toUpperCase()), null));

        assertEquals("requested", result.getString("outcome"));
        assertFalse(result.getBoolean("unclaimed"));
        assertNull(result.get("claimUrl"));
        assertEquals(enrolment.toString(), result.getString("enrolmentId"), "the earner's own enrolment");
        ActivityReported report = single(EnrolmentFixture.committed(enrolment), ActivityReported.class);
        assertEquals(Tokens.subject("nb-earner2"), report.earnerId());
        assertTrue(report.asksForAward());
    }

    @Test
    void aMicroCredentialJudgedByAnAssessorIsRefusedAndNothingIsWritten() {
        UUID achievement = EnrolmentFixture.published("Rubric " + UUID.randomUUID());
        String email = "rubric-" + UUID.randomUUID() + "@learners.example.org";
        JsonPath status = WebhookSigner.deliverAndSettle(TENANT, award(achievement, learner(null, email), null));

        assertEquals("FAILED", status.getString("status"), status.prettify());
        assertEquals(PROBLEMS + "rubric-assessed", status.getString("problem.type"));
        assertEquals(422, status.getInt("problem.status"));
        assertEquals(1, status.getInt("attempts"), "not retried: " + status.prettify());
        assertTrue(committedFor(ClaimLinks.standInFor(email)).isEmpty(), "no claim offer");
    }

    @Test
    void aRequestWithoutTheLearnersIdOrEmailIsRefusedWhenItArrives() {
        UUID achievement = progress("Nobody");
        WebhookSigner.deliver(TENANT, award(achievement, learner(null, null), null))
                .then().statusCode(422)
                .body("type", org.hamcrest.Matchers.equalTo(PROBLEMS + "learner-unidentified"))
                .body("errors.field", org.hamcrest.Matchers.hasItem("data.learner"));
    }

    @Test
    void aClaimMovesTheStandInsJourneyToTheAccountThatClaimedIt() {
        UUID achievement = progress("Claimed");
        String email = "claimer-" + UUID.randomUUID() + "@learners.example.org";
        JsonPath result = WebhookSigner.processed(TENANT, award(achievement, learner(null, email), null));
        String enrolment = result.getString("enrolmentId");
        String earner = Tokens.subject("nb-earner");
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + enrolment).then().statusCode(404);

        CredentialsClaimed claimed = new CredentialsClaimed(UUID.fromString(result.getString("awardId")),
                ClaimLinks.standInFor(email), earner, email, List.of(), Instant.now());
        TestKafka.publish("test.", claimed.unclaimedEarnerId(),
                EventEnvelope.wrap(claimed, TENANT, claimed.unclaimedEarnerId(), Instant.now(), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/dashboard/" + enrolment).then().statusCode(200));
        // A later request with the same email now finds the account.
        UUID other = progress("After the claim");
        JsonPath later = WebhookSigner.processed(TENANT, award(other, learner(null, email), null));
        assertFalse(later.getBoolean("unclaimed"), later.prettify());
        ActivityReported report = single(EnrolmentFixture.committed(UUID.fromString(later.getString("enrolmentId"))),
                ActivityReported.class);
        assertEquals(earner, report.earnerId());
    }

    private static UUID progress(String name) {
        return CatalogueFixture.published("nb-admin", CatalogueFixture.progress(name + " " + UUID.randomUUID()));
    }

    private static Map<String, Object> learner(String id, String email) {
        Map<String, Object> learner = new LinkedHashMap<>();
        if (id != null) {
            learner.put("id", id);
        }
        if (email != null) {
            learner.put("email", email);
        }
        learner.put("studentId", "S-1042");
        learner.put("name", "Ana Learner");
        return learner;
    }

    private static String award(UUID achievement, Map<String, Object> learner, Instant completedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("achievementId", achievement);
        data.put("learner", learner);
        if (completedAt != null) {
            data.put("completedAt", completedAt.toString());
        }
        data.put("score", 91.5);
        data.put("evidenceUrl", "https://lms.example.org/courses/7/completion");
        return WebhookSigner.json(Map.of("type", "credential.award.requested", "data", data));
    }

    private static <T> T single(List<EventEnvelope<EventPayload>> events, Class<T> type) {
        List<T> found = events.stream().map(EventEnvelope::payload).filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName() + ": " + events);
        return found.get(0);
    }

    /** The outbox events written under a key that is not an enrolment id (the stand-in's). */
    private static List<EventEnvelope<EventPayload>> committedFor(String key) {
        return query("SELECT envelope FROM outbox_event WHERE record_key = :key ORDER BY seq", key).stream()
                .map(row -> org.microcred.events.EventCodec.decode((String) row)).toList();
    }

    /** kind, recipient, data of the enrolment's notifications. */
    private static List<Object[]> notifications(UUID enrolment) {
        return query("SELECT kind, recipient, data FROM notification WHERE enrolment_id = :key", enrolment).stream()
                .map(Object[].class::cast).toList();
    }

    private static List<Object> query(String sql, Object key) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.<Object>createNativeQuery(sql).setParameter("key", key).getResultList())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
