package org.microcred.enrolment.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * One learner resolution for every LMS message (id, else the account that enrolled with the email, else a stand-in),
 * and one claim link per stand-in: made with their first enrolment or award, the same for later requests, fresh once
 * expired, none once claimed.
 */
@Tag("servers")
@QuarkusTest
class LmsLearnersTest {

    private static final String TENANT = "northbridge";
    private static final String PROBLEMS = "https://microcred.org/problems/";

    @Test
    void anEmailOnlyEnrolmentGoesToAStandInWithAClaimLinkThatALaterAwardAnswersAgain() {
        UUID achievement = progress("Email enrols");
        String email = "enrol-" + UUID.randomUUID() + "@learners.example.org";
        String standIn = ClaimLinks.standInFor(email);

        JsonPath enrolled = WebhookSigner.processed(TENANT, enrolment(achievement, learner(null, email)));
        assertTrue(enrolled.getBoolean("unclaimed"), enrolled.prettify());
        String link = enrolled.getString("claimUrl");
        assertTrue(link.startsWith("microcred://claim/"), link);
        UUID enrolment = UUID.fromString(enrolled.getString("enrolmentId"));
        EnrolmentCreated created = single(EnrolmentFixture.committed(enrolment), EnrolmentCreated.class);
        assertEquals(standIn, created.earnerId());
        assertEquals(email, created.earnerEmail());
        ClaimOffered offer = single(committedFor(standIn), ClaimOffered.class);
        assertEquals(ClaimLinks.hashOf(link.substring("microcred://claim/".length())), offer.tokenHash());
        assertEquals(enrolment, offer.enrolmentId());
        assertEquals(List.of("claim-offered"), mailKinds(enrolment), "the link is mailed with the enrolment");

        // The progress rule's award, asked by the LMS later: the same stand-in, enrolment and link; no second offer.
        JsonPath awarded = WebhookSigner.processed(TENANT, award(achievement, learner(null, email.toUpperCase())));
        assertEquals("requested", awarded.getString("outcome"));
        assertEquals(enrolment.toString(), awarded.getString("enrolmentId"));
        assertEquals(link, awarded.getString("claimUrl"));
        assertEquals(enrolled.getString("claimExpiresAt"), awarded.getString("claimExpiresAt"));
        assertEquals(1, count(committedFor(standIn), ClaimOffered.class), "one offer per stand-in");
        assertEquals(List.of("claim-offered"), mailKinds(enrolment), "no second mail");
    }

    @Test
    void anEmailOnlyReportFindsTheStandInsEnrolmentAndAnswersItsLink() {
        UUID achievement = progress("Email reports");
        String email = "report-" + UUID.randomUUID() + "@learners.example.org";
        JsonPath enrolled = WebhookSigner.processed(TENANT, enrolment(achievement, learner(null, email)));

        JsonPath reported = WebhookSigner.processed(TENANT, activity(achievement, learner(null, email)));
        assertEquals(enrolled.getString("enrolmentId"), reported.getString("enrolmentId"));
        assertEquals(enrolled.getString("claimUrl"), reported.getString("claimUrl"));
        ActivityReported report = single(EnrolmentFixture.committed(
                UUID.fromString(reported.getString("enrolmentId"))), ActivityReported.class);
        assertEquals(ClaimLinks.standInFor(email), report.earnerId());
        assertEquals("module-3", report.activityId());
    }

    @Test
    void anEmailAnAccountEnrolledWithResolvesToThatAccountForEnrolmentsAndReports() {
        UUID first = EnrolmentFixture.published("Account's first " + UUID.randomUUID());
        UUID enrolledFirst = EnrolmentFixture.enrolled("nb-earner2", first);
        String email = single(EnrolmentFixture.committed(enrolledFirst), EnrolmentCreated.class).earnerEmail();
        UUID achievement = progress("Account by email");

        JsonPath enrolled = WebhookSigner.processed(TENANT, enrolment(achievement, learner(null, email.toUpperCase())));
        assertFalse(enrolled.getBoolean("unclaimed"));
        assertNull(enrolled.get("claimUrl"));
        UUID enrolment = UUID.fromString(enrolled.getString("enrolmentId"));
        assertEquals(Tokens.subject("nb-earner2"),
                single(EnrolmentFixture.committed(enrolment), EnrolmentCreated.class).earnerId());
        assertTrue(committedFor(ClaimLinks.standInFor(email)).isEmpty(), "no stand-in, no offer");

        JsonPath reported = WebhookSigner.processed(TENANT, activity(achievement, learner(null, email)));
        assertEquals(enrolment.toString(), reported.getString("enrolmentId"));
        assertNull(reported.get("claimUrl"));
    }

    @Test
    void anIdStillNamesTheLearnerAsBeforeAndAMessageWithNeitherIdNorEmailIsRefusedWhenItArrives() {
        UUID achievement = progress("Ids");
        String id = "lms-user-" + UUID.randomUUID();
        JsonPath enrolled = WebhookSigner.processed(TENANT, WebhookSigner.enrolmentRequested(achievement, id));
        assertFalse(enrolled.getBoolean("unclaimed"));
        assertEquals(id, single(EnrolmentFixture.committed(UUID.fromString(enrolled.getString("enrolmentId"))),
                EnrolmentCreated.class).earnerId());

        Map<String, Object> nobody = learner(null, null);
        for (String body : List.of(enrolment(achievement, nobody), activity(achievement, nobody),
                award(achievement, nobody))) {
            WebhookSigner.deliver(TENANT, body).then().statusCode(422)
                    .body("type", equalTo(PROBLEMS + "learner-unidentified"))
                    .body("errors.field", hasItem("data.learner"));
        }
    }

    @Test
    void anExpiredLinkIsReplacedByAFreshOneAtTheNextRequest() {
        UUID achievement = progress("Expired link");
        String email = "expired-" + UUID.randomUUID() + "@learners.example.org";
        String standIn = ClaimLinks.standInFor(email);
        JsonPath enrolled = WebhookSigner.processed(TENANT, enrolment(achievement, learner(null, email)));
        execute("UPDATE lms_claim_offer SET expires_at = now() - interval '1 minute' WHERE earner_id = :key", standIn);

        JsonPath awarded = WebhookSigner.processed(TENANT, award(achievement, learner(null, email)));
        String fresh = awarded.getString("claimUrl");
        assertNotNull(fresh);
        assertNotEquals(enrolled.getString("claimUrl"), fresh, "a dead link is not answered");
        assertTrue(Instant.parse(awarded.getString("claimExpiresAt")).isAfter(Instant.now().plus(Duration.ofDays(29))));
        List<ClaimOffered> offers = committedFor(standIn).stream().map(EventEnvelope::payload)
                .filter(ClaimOffered.class::isInstance).map(ClaimOffered.class::cast).toList();
        assertEquals(2, offers.size(), "a new enrolment.claim.offered");
        assertNotEquals(offers.get(0).claimId(), offers.get(1).claimId());
        assertEquals(ClaimLinks.hashOf(fresh.substring("microcred://claim/".length())), offers.get(1).tokenHash());
        assertEquals(List.of("claim-offered", "claim-offered"),
                mailKinds(UUID.fromString(enrolled.getString("enrolmentId"))), "a new mail");

        // And that fresh link is the one answered next.
        JsonPath again = WebhookSigner.processed(TENANT, award(achievement, learner(null, email)));
        assertEquals(fresh, again.getString("claimUrl"));
    }

    @Test
    void aClaimedStandInGetsNoNewLinkItsEmailFindsTheAccount() {
        UUID achievement = progress("Claimed stand-in");
        String email = "claimed-" + UUID.randomUUID() + "@learners.example.org";
        String standIn = ClaimLinks.standInFor(email);
        JsonPath enrolled = WebhookSigner.processed(TENANT, enrolment(achievement, learner(null, email)));
        String earner = Tokens.subject("nb-earner");
        CredentialsClaimed claimed = new CredentialsClaimed(UUID.randomUUID(), standIn, earner, email, List.of(),
                Instant.now());
        TestKafka.publish("test.", standIn, EventEnvelope.wrap(claimed, TENANT, standIn, Instant.now(), null));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertEquals(List.of(earner),
                query("SELECT claimed_by FROM lms_claim_offer WHERE earner_id = :key", standIn)));

        UUID other = progress("After the claim");
        JsonPath later = WebhookSigner.processed(TENANT, enrolment(other, learner(null, email)));
        assertFalse(later.getBoolean("unclaimed"), later.prettify());
        assertNull(later.get("claimUrl"));
        assertEquals(earner, single(EnrolmentFixture.committed(UUID.fromString(later.getString("enrolmentId"))),
                EnrolmentCreated.class).earnerId());
        JsonPath awarded = WebhookSigner.processed(TENANT, award(achievement, learner(null, email)));
        assertEquals(enrolled.getString("enrolmentId"), awarded.getString("enrolmentId"), "the re-keyed enrolment");
        assertNull(awarded.get("claimUrl"));
        assertEquals(1, count(committedFor(standIn), ClaimOffered.class), "no new offer after the claim");
    }

    // --- the LMS's messages ---

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
        learner.put("name", "Ana Learner");
        return learner;
    }

    private static String enrolment(UUID achievement, Map<String, Object> learner) {
        return WebhookSigner.json(Map.of("type", "enrolment.requested",
                "data", Map.of("achievementId", achievement, "learner", learner)));
    }

    private static String activity(UUID achievement, Map<String, Object> learner) {
        return WebhookSigner.json(Map.of("type", "activity.completed", "data", Map.of("achievementId", achievement,
                "learner", learner, "activityId", "module-3", "completed", true)));
    }

    private static String award(UUID achievement, Map<String, Object> learner) {
        return WebhookSigner.json(Map.of("type", "credential.award.requested",
                "data", Map.of("achievementId", achievement, "learner", learner)));
    }

    // --- what was written ---

    private static <T> T single(List<EventEnvelope<EventPayload>> events, Class<T> type) {
        List<T> found = events.stream().map(EventEnvelope::payload).filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName() + ": " + events);
        return found.get(0);
    }

    private static long count(List<EventEnvelope<EventPayload>> events, Class<?> type) {
        return events.stream().map(EventEnvelope::payload).filter(type::isInstance).count();
    }

    /** The outbox events written under the stand-in's key. */
    private static List<EventEnvelope<EventPayload>> committedFor(String key) {
        return query("SELECT envelope FROM outbox_event WHERE record_key = :key ORDER BY seq", key).stream()
                .map(row -> EventCodec.decode((String) row)).toList();
    }

    private static List<Object> mailKinds(UUID enrolment) {
        return query("SELECT kind FROM notification WHERE enrolment_id = :key ORDER BY created_at", enrolment);
    }

    private static List<Object> query(String sql, Object key) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.<Object>createNativeQuery(sql).setParameter("key", key).getResultList())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql, Object key) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery(sql).setParameter("key", key).executeUpdate())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
