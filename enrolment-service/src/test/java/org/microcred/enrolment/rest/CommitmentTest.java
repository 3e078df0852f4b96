package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.support.testing.Tokens;

/** Enrolling with an explicit commitment: acceptance, terms version, window, retirement, what is recorded. */
@Tag("servers")
@QuarkusTest
class CommitmentTest {

    private static final Map<String, Object> COMMITMENT = Map.of(
            "expectedEffortHours", 12,
            "obligations", "Attend two workshops; submit a lesson plan.",
            "cost", 49.5,
            "currency", "EUR",
            "termsVersion", "2024-09");

    @Test
    void theCommitmentShowsTheTermsToAccept() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Commitment shown " + UUID.randomUUID(),
                Map.of("expectedEffortHours", 12, "termsVersion", "2024-09", "capacity", 30, "cost", 49.5,
                        "currency", "EUR"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + achievement + "/commitment")
                .then().statusCode(200)
                .body("achievementId", equalTo(achievement.toString()))
                .body("version", equalTo(1))
                .body("expectedEffortHours", equalTo(12))
                .body("termsVersion", equalTo("2024-09"))
                .body("confirmationMode", equalTo("automatic"))
                .body("capacity", equalTo(30))
                .body("placesLeft", equalTo(30))
                .body("cost", equalTo(49.5f))
                .body("currency", equalTo("EUR"));
    }

    @Test
    void enrollingRecordsTheAcceptedCommitmentOnTheEnrolmentAndInTheEvent() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Commitment recorded " + UUID.randomUUID(), COMMITMENT);
        UUID enrolment = UUID.fromString(given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievement, "acceptCommitment", true, "termsVersion", "2024-09"))
                .post("/api/v1/enrolments")
                .then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("achievementVersion", equalTo(1))
                .body("commitment.termsVersion", equalTo("2024-09"))
                .body("commitment.expectedEffortHours", equalTo(12))
                .body("commitment.obligations", equalTo("Attend two workshops; submit a lesson plan."))
                .body("commitment.acceptedAt", notNullValue())
                .body("waitlistPosition", nullValue())
                .extract().path("id"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments/" + enrolment)
                .then().statusCode(200).body("commitment.currency", equalTo("EUR")).body("source", equalTo("earner"));

        EnrolmentCreated created = await().atMost(Duration.ofSeconds(30)).until(() -> EnrolmentFixture.events(enrolment)
                .stream().map(e -> e.payload()).filter(EnrolmentCreated.class::isInstance)
                .map(EnrolmentCreated.class::cast).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertEquals("ACTIVE", created.status());
        assertEquals("earner", created.source());
        assertEquals("2024-09", created.commitment().termsVersion());
        assertEquals(0, new BigDecimal("49.5").compareTo(created.commitment().cost()));
        assertEquals(12, created.commitment().expectedEffortHours());
        assertTrue(created.commitment().acceptedAt() != null);
    }

    @Test
    void enrollingWithoutAcceptingTheCommitmentIsA422AndEnrolsNobody() {
        UUID achievement = EnrolmentFixture.published("Not accepted " + UUID.randomUUID());
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("achievementId", achievement, "termsVersion", "1"),
                Map.of("achievementId", achievement, "acceptCommitment", false, "termsVersion", "1"))) {
            given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/enrolments")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://microcred.org/problems/commitment-not-accepted"))
                    .body("errors[0].field", equalTo("acceptCommitment"));
        }
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments?limit=100")
                .then().statusCode(200).body("items.achievementId", not(hasItem(achievement.toString())));
    }

    @Test
    void anOutdatedTermsVersionIsA422NamingTheCurrentOne() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Terms changed " + UUID.randomUUID(),
                Map.of("termsVersion", "v7"));
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievement, "acceptCommitment", true, "termsVersion", "v6"))
                .post("/api/v1/enrolments")
                .then().statusCode(422)
                .body("type", equalTo("https://microcred.org/problems/terms-version-mismatch"))
                .body("detail", containsString("'v7'"))
                .body("errors[0].field", equalTo("termsVersion"));
    }

    @Test
    void enrolmentOutsideItsWindowIsA409() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID notYet = EnrolmentFixture.published("nb-admin", "Opens later " + UUID.randomUUID(),
                Map.of("enrolmentOpensAt", now.plus(Duration.ofDays(3)).toString(),
                        "enrolmentClosesAt", now.plus(Duration.ofDays(10)).toString()));
        EnrolmentFixture.enrol("nb-earner", notYet).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/enrolment-not-open"));
        UUID closed = EnrolmentFixture.published("nb-admin", "Closed already " + UUID.randomUUID(),
                Map.of("enrolmentOpensAt", now.minus(Duration.ofDays(10)).toString(),
                        "enrolmentClosesAt", now.minus(Duration.ofDays(1)).toString()));
        EnrolmentFixture.enrol("nb-earner", closed).then().statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/enrolment-closed"));
    }

    @Test
    void aRetiredMicroCredentialTakesNoNewEnrolmentsButKeepsTheOpenOnes() {
        UUID achievement = EnrolmentFixture.published("Retired " + UUID.randomUUID());
        UUID kept = EnrolmentFixture.enrolled("nb-earner", achievement);
        given().auth().oauth2(Approvals.releaseManager(Tokens.user("nb-admin"))).post("/api/v1/achievements/" + achievement + "/retire")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.user("nb-earner2")).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievement, "acceptCommitment", true, "termsVersion", "1"))
                .post("/api/v1/enrolments")
                .then().statusCode(409).body("type", equalTo("https://microcred.org/problems/achievement-retired"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/enrolments/" + kept)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }
}
