package org.microcred.issuance.release;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.rest.BulkReleaseRequest;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * The release gate on the real broker, database and Keycloak: awards of a gated micro-credential wait for a
 * release-manager, who releases them (once, one by one or in bulk) or holds them back; ungated ones issue at once.
 */
@Tag("servers")
@QuarkusTest
class ReleaseGateTest {

    private static final String RELEASE = "nb-release";
    private static final String ADMIN = "nb-admin";

    @Test
    void aGatedAwardWaitsUnsignedAndAReleaseIssuesItOnceEvenRepeatedOrRaced() throws Exception {
        Awards awards = gated("Gated");
        UUID first = UUID.randomUUID();
        UUID releaseId = awaitRelease(awards, award(awards, first));
        assertEquals(0, Db.count("SELECT count(*) FROM issued_credential WHERE assessment_id = '" + first + "'"),
                "not signed while it awaits release");
        assertEquals(1, outboxCount("issuance.award.awaiting-release", releaseId));
        given().auth().oauth2(Tokens.user(RELEASE)).get("/api/v1/releases/" + releaseId).then().statusCode(200)
                .body("state", equalTo("AWAITING_RELEASE")).body("assessmentId", equalTo(first.toString()));

        String credential = release(releaseId).body("state", equalTo("RELEASED")).extract().path("credentialId");
        assertNotNull(credential);
        release(releaseId).body("credentialId", equalTo(credential));
        assertEquals(1, Db.count("SELECT count(*) FROM issued_credential WHERE assessment_id = '" + first + "'"));
        assertEquals(credential, awards.awaitCredential(ADMIN, first).toString());
        assertEquals(1, outboxCount("issuance.award.released", releaseId));

        // Two release-managers at once: one credential, both answered with it.
        UUID second = UUID.randomUUID();
        UUID raced = awaitRelease(awards, award(awards, second));
        String token = Tokens.user(RELEASE);
        List<CompletableFuture<String>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() ->
                given().auth().oauth2(token).post("/api/v1/releases/" + raced + "/release").then().statusCode(200)
                        .extract().<String>path("credentialId"))).toList();
        assertEquals(both.get(0).get(), both.get(1).get());
        assertEquals(1, Db.count("SELECT count(*) FROM issued_credential WHERE assessment_id = '" + second + "'"));
    }

    /**
     * The release and the issuance commit together: when signing and storing the credential fails (here its natural
     * key is taken by a row put there on purpose), the release is not recorded either, and a later release issues.
     */
    @Test
    void aReleaseWhoseIssuanceFailsLeavesTheAwardAwaitingAndNothingAnnounced() {
        Awards awards = gated("Atomic");
        UUID assessment = UUID.randomUUID();
        UUID releaseId = awaitRelease(awards, award(awards, assessment));
        UUID blocker = UUID.randomUUID();
        Db.update("INSERT INTO issued_credential (id, tenant_id, earner_id, achievement_id, achievement_version,"
                + " assessment_id, enrolment_id, achievement_name, document, issued_at) VALUES ('" + blocker
                + "', 'northbridge', '" + awards.earnerId + "', '" + awards.achievementId + "', 1, '" + assessment
                + "', '" + awards.enrolmentId + "', 'blocker', '{}', now())");

        given().auth().oauth2(Tokens.user(RELEASE)).post("/api/v1/releases/" + releaseId + "/release").then()
                .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(409));
        assertEquals(1, Db.count("SELECT count(*) FROM award_release WHERE id = '" + releaseId
                + "' AND state = 'AWAITING_RELEASE' AND credential_id IS NULL AND released_at IS NULL"));
        assertEquals(0, outboxCount("issuance.award.released", releaseId));
        assertEquals(0, Db.count("SELECT count(*) FROM outbox_event WHERE event_type = 'credential.issued'"
                + " AND envelope LIKE '%" + assessment + "%'"));

        Db.update("DELETE FROM issued_credential WHERE id = '" + blocker + "'");
        String credential = release(releaseId).body("state", equalTo("RELEASED")).extract().path("credentialId");
        assertEquals(1, Db.count("SELECT count(*) FROM issued_credential WHERE assessment_id = '" + assessment
                + "' AND id = '" + credential + "'"));
    }

    @Test
    void bulkReleaseByVersionReleasesTheAwaitingAndLeavesTheHeld() {
        Awards awards = gated("Bulk version");
        UUID a = awaitRelease(awards, award(awards, UUID.randomUUID()));
        UUID b = awaitRelease(awards, award(awards, UUID.randomUUID()));
        UUID held = awaitRelease(awards, award(awards, UUID.randomUUID()));
        hold(held, "Plagiarism check pending", false).statusCode(200);

        // At most max a request, oldest first; what remains is said, and the same request again releases it.
        bulk(Map.of("achievementId", awards.achievementId, "achievementVersion", 1, "max", 1))
                .body("released", equalTo(1)).body("remaining", equalTo(1));
        assertEquals(1, Db.count("SELECT count(*) FROM award_release WHERE id = '" + a + "' AND state = 'RELEASED'"));
        bulk(Map.of("achievementId", awards.achievementId, "achievementVersion", 1)).body("released", equalTo(1))
                .body("remaining", equalTo(0));
        bulk(Map.of("achievementId", awards.achievementId, "achievementVersion", 1)).body("released", equalTo(0));
        bulkAs(RELEASE, Map.of("achievementId", awards.achievementId, "max", BulkReleaseRequest.LIMIT + 1))
                .statusCode(400);
        for (UUID id : List.of(a, b)) {
            assertEquals(1, Db.count("SELECT count(*) FROM award_release r JOIN issued_credential c"
                    + " ON c.id = r.credential_id WHERE r.id = '" + id + "' AND r.state = 'RELEASED'"));
        }
        assertEquals(1, Db.count("SELECT count(*) FROM award_release WHERE id = '" + held + "' AND state = 'HELD'"));
        given().auth().oauth2(Tokens.user(RELEASE)).queryParam("achievementId", awards.achievementId)
                .queryParam("state", "released").get("/api/v1/releases").then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(2));
    }

    @Test
    void bulkReleaseByPeriodReleasesOnlyTheAwardsDecidedInIt() {
        Awards awards = gated("Bulk period");
        // A period of its own, long ago, so no other test's award falls in it.
        Instant from = Instant.parse("1990-01-01T00:00:00Z").plus(Duration.ofMinutes(
                Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 5_000_000L) * 10));
        UUID inside = awaitRelease(awards, award(awards, UUID.randomUUID(), from.plusSeconds(60)));
        UUID after = awaitRelease(awards, award(awards, UUID.randomUUID(), from.plusSeconds(600)));

        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("awardedFrom", from.toString())
                .queryParam("awardedTo", from.plusSeconds(300).toString()).get("/api/v1/releases").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(inside.toString()));
        bulk(Map.of("awardedFrom", from.toString(), "awardedTo", from.plusSeconds(300).toString()))
                .body("released", equalTo(1));
        assertEquals(1, Db.count("SELECT count(*) FROM award_release WHERE id = '" + inside
                + "' AND state = 'RELEASED'"));
        assertEquals(1, Db.count("SELECT count(*) FROM award_release WHERE id = '" + after
                + "' AND state = 'AWAITING_RELEASE'"));
        bulkAs(RELEASE, Map.of()).statusCode(400);
    }

    @Test
    void aHoldKeepsItsReasonPrivateUnlessSharedAndAHeldAwardIsReleasedLater() {
        Awards awards = gated("Hold");
        UUID privately = awaitRelease(awards, award(awards, UUID.randomUUID()));
        UUID shared = awaitRelease(awards, award(awards, UUID.randomUUID()));

        hold(privately, "Academic misconduct panel", false).statusCode(200).body("state", equalTo("HELD"))
                .body("holdReason", equalTo("Academic misconduct panel")).body("reasonShared", equalTo(false));
        hold(shared, "The exam board meets on 12 March", true).statusCode(200).body("reasonShared", equalTo(true));
        hold(shared, "Again", true).statusCode(409);
        String privateEvent = outboxEnvelope("issuance.award.held", privately);
        assertTrue(privateEvent.contains("\"reason\":null"), privateEvent);
        assertFalse(privateEvent.contains("misconduct"), "a private reason never leaves issuance");
        assertTrue(outboxEnvelope("issuance.award.held", shared).contains("The exam board meets on 12 March"));
        assertEquals(0, Db.count("SELECT count(*) FROM issued_credential WHERE assessment_id IN (SELECT assessment_id"
                + " FROM award_release WHERE id IN ('" + privately + "', '" + shared + "'))"));

        String credential = release(privately).body("state", equalTo("RELEASED"))
                .body("credentialId", org.hamcrest.Matchers.notNullValue()).extract().path("credentialId");
        hold(privately, "Too late", false).statusCode(409);
        // The audit trail (newest first): the hold with its reason, then the release by the release-manager, who is
        // also the actor of the credential's issuance.
        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("objectId", privately.toString()).get("/api/v1/audit")
                .then().statusCode(200).body("action", org.hamcrest.Matchers.contains("award.released", "award.held"))
                .body("[1].after.reason", equalTo("Academic misconduct panel"))
                .body("[0].before.state", equalTo("HELD")).body("[0].after.credentialId", equalTo(credential))
                .body("[0].actorRoles", org.hamcrest.Matchers.hasItem("release-manager"));
        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("objectId", credential).get("/api/v1/audit").then()
                .statusCode(200).body("[0].action", equalTo("credential.issued"))
                .body("[0].actorType", equalTo("user"));
    }

    @Test
    void anUngatedAwardIsIssuedAtOnceWithoutARelease() {
        Awards awards = new Awards("northbridge", "Ungated " + UUID.randomUUID());
        awards.issue(ADMIN);
        assertEquals(0, Db.count("SELECT count(*) FROM award_release WHERE achievement_id = '"
                + awards.achievementId + "'"));
    }

    @Test
    void issuerAdminsReadReleaseManagersChangeEarnersNeitherOtherTenantsSeeNothing() {
        Awards awards = gated("Roles");
        UUID id = awaitRelease(awards, award(awards, UUID.randomUUID()));
        given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/releases/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.user(ADMIN)).post("/api/v1/releases/" + id + "/release").then().statusCode(403);
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/v1/releases/" + id + "/hold").then().statusCode(403);
        bulkAs(ADMIN, Map.of("achievementId", awards.achievementId)).statusCode(403);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/releases").then().statusCode(403);
        given().get("/api/v1/releases").then().statusCode(401);

        given().auth().oauth2(Tokens.user("sp-release")).get("/api/v1/releases/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-release")).post("/api/v1/releases/" + id + "/release").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.user("sp-release")).queryParam("achievementId", awards.achievementId)
                .get("/api/v1/releases").then().statusCode(200).body("total", equalTo(0));
        bulkAs("sp-release", Map.of("achievementId", awards.achievementId)).statusCode(200)
                .body("released", equalTo(0));
        assertEquals(1, Db.count("SELECT count(*) FROM award_release WHERE id = '" + id
                + "' AND state = 'AWAITING_RELEASE'"));
    }

    /** A decision is a decision: one from second marking and one from an LMS award request wait alike. */
    @Test
    void secondMarkedAndLmsTriggeredAwardsAreGatedAlike() {
        Awards marked = gated("Second marking");
        AssessmentDecided secondMarked = marked.decided(UUID.randomUUID(), Decision.AWARD).payload().toBuilder()
                .secondAssessorId("second-marker").markersAgreed(true).build();
        marked.publish(EventEnvelope.wrap(secondMarked, marked.tenant, marked.enrolmentId.toString(), Instant.now(),
                null));
        awaitRelease(marked, secondMarked.assessmentId());

        Awards lms = new Awards("northbridge", "LMS gated " + UUID.randomUUID());
        AchievementPublished plain = lms.catalogueEvent().payload();
        AchievementPublished progress = new AchievementPublished(plain.achievementId(), 1, plain.name(),
                "Completes the LMS course.", null, "Complete course-7 with at least 80.", null, List.of(), null,
                Instant.now(), null, null, null, null, null, null, null, null, null, null, AchievementPublished.PROGRESS,
                new ProgressRule("course-7", ProgressRule.SCORE, new BigDecimal("80")), null, 1, null, "online",
                List.of(), true);
        TestKafka.publish(Awards.PREFIX, lms.achievementId.toString(),
                EventEnvelope.wrap(progress, lms.tenant, lms.achievementId.toString(), Instant.now(), null));
        // As assessment-service decides an LMS award request: no submission, no assessor, a score.
        AssessmentDecided lmsAward = AssessmentDecided.builder()
                .assessmentId(UUID.randomUUID()).enrolmentId(lms.enrolmentId).achievement(lms.achievementId, 1)
                .earner(lms.earnerId, lms.earnerId + "@northbridge.example", "Zoë Earner")
                .attempt(1).decision(Decision.AWARD).scores(List.of()).feedback("Score 91, at least 80 needed.")
                .evidence(List.of()).decidedAt(Instant.now()).links(List.of()).basis(AssessmentDecided.PROGRESS)
                .score(new BigDecimal("91")).build();
        lms.publish(EventEnvelope.wrap(lmsAward, lms.tenant, lms.enrolmentId.toString(), Instant.now(), null));
        UUID lmsRelease = awaitRelease(lms, lmsAward.assessmentId());

        assertEquals(0, Db.count("SELECT count(*) FROM issued_credential WHERE assessment_id IN ('"
                + secondMarked.assessmentId() + "', '" + lmsAward.assessmentId() + "')"));
        release(lmsRelease).body("state", equalTo("RELEASED"));
        lms.awaitCredential(ADMIN, lmsAward.assessmentId());
    }

    private static Awards gated(String name) {
        Awards awards = new Awards("northbridge", name + " " + UUID.randomUUID());
        TestKafka.publish(Awards.PREFIX, awards.achievementId.toString(), awards.gatedCatalogueEvent());
        return awards;
    }

    private static UUID award(Awards awards, UUID assessmentId) {
        awards.publish(awards.decided(assessmentId, Decision.AWARD));
        return assessmentId;
    }

    private static UUID award(Awards awards, UUID assessmentId, Instant decidedAt) {
        AssessmentDecided decided = awards.decided(assessmentId, Decision.AWARD).payload().toBuilder()
                .decidedAt(decidedAt).build();
        awards.publish(EventEnvelope.wrap(decided, awards.tenant, awards.enrolmentId.toString(), Instant.now(), null));
        return assessmentId;
    }

    /** Waits until the award is listed as a release, and answers the release's id. */
    private static UUID awaitRelease(Awards awards, UUID assessmentId) {
        String path = "items.find { it.assessmentId == '" + assessmentId + "' }.id";
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(200)).until(() -> list(awards)
                .extract().path(path) != null);
        return UUID.fromString(list(awards).extract().path(path));
    }

    private static io.restassured.response.ValidatableResponse list(Awards awards) {
        return given().auth().oauth2(Tokens.user(RELEASE)).queryParam("achievementId", awards.achievementId)
                .queryParam("limit", 200).get("/api/v1/releases").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse release(UUID id) {
        return given().auth().oauth2(Tokens.user(RELEASE)).post("/api/v1/releases/" + id + "/release").then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse hold(UUID id, String reason, boolean shared) {
        return given().auth().oauth2(Tokens.user(RELEASE)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason, "shareWithEarner", shared)).post("/api/v1/releases/" + id + "/hold")
                .then();
    }

    private static io.restassured.response.ValidatableResponse bulk(Map<String, Object> body) {
        return bulkAs(RELEASE, body).statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse bulkAs(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/releases/bulk-release").then();
    }

    private static long outboxCount(String type, UUID releaseId) {
        return Db.count("SELECT count(*) FROM outbox_event WHERE event_type = '" + type + "' AND envelope LIKE '%"
                + releaseId + "%'");
    }

    private static String outboxEnvelope(String type, UUID releaseId) {
        return String.valueOf(Db.rows("SELECT envelope, event_type FROM outbox_event WHERE event_type = '" + type
                + "' AND envelope LIKE '%" + releaseId + "%'").get(0)[0]);
    }
}
