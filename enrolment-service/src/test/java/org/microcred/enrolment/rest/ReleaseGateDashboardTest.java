package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.issuance.AwardAwaitingRelease;
import org.microcred.events.issuance.AwardHeld;
import org.microcred.events.issuance.AwardReleased;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * The release gate in enrolment-service: the definition's {@code releaseGate} travels in the catalogue event, and
 * the dashboard shows a gated award awaiting release, under review (the reason only when shared), then issued.
 */
@Tag("servers")
@QuarkusTest
class ReleaseGateDashboardTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void theReleaseGateIsPartOfTheDefinitionAndOfItsCatalogueEvent() {
        UUID gated = EnrolmentFixture.published("nb-admin", "Gated " + UUID.randomUUID(),
                Map.of("releaseGate", true));
        UUID plain = EnrolmentFixture.published("Plain " + UUID.randomUUID());
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + gated).then().statusCode(200).body("releaseGate", equalTo(true));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + plain).then().statusCode(200).body("releaseGate", equalTo(false));
        TestKafka.await("test.catalogue.achievements.v1", r -> r.key().startsWith(gated.toString())
                && r.value().contains("\"releaseGate\":true"), 1, WAIT);

        Map<String, Object> wrong = EnrolmentFixture.definition("Wrong " + UUID.randomUUID(),
                Map.of("releaseGate", "sometimes"));
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(wrong)
                .post("/api/v1/achievements").then().statusCode(400);
    }

    @Test
    void theDashboardShowsAnAwardAwaitingReleaseThenUnderReviewWithoutAPrivateReasonThenIssued() {
        Journey j = newJourney("nb-earner");
        UUID release = UUID.randomUUID();
        publish(j, j.decided());
        publish(j, j.awaiting(release));
        until(j, r -> r.body("stage", equalTo("AWARDED")).body("release", equalTo("AWAITING_RELEASE"))
                .body("nextAction", equalTo("Wait for the institution to release your credential"))
                .body("releaseNote", nullValue()));

        publish(j, j.held(release, null));
        until(j, r -> r.body("stage", equalTo("AWARDED")).body("release", equalTo("UNDER_REVIEW"))
                .body("nextAction", equalTo("Wait: the institution is reviewing your award before releasing it"))
                .body("releaseNote", nullValue()).body("steps.detail", hasItem("Under review")));

        UUID credential = UUID.randomUUID();
        publish(j, j.released(release, credential));
        publish(j, j.issued(credential));
        until(j, r -> r.body("stage", equalTo("ISSUED")).body("release", equalTo("RELEASED"))
                .body("credentialId", equalTo(credential.toString()))
                .body("nextAction", equalTo("Share your credential")).body("releaseNote", nullValue()));
    }

    @Test
    void aSharedReasonIsShownToTheEarner() {
        Journey j = newJourney("nb-earner2");
        UUID release = UUID.randomUUID();
        publish(j, j.decided());
        publish(j, j.awaiting(release));
        publish(j, j.held(release, "The exam board meets on 12 March"));
        until(j, r -> r.body("release", equalTo("UNDER_REVIEW"))
                .body("releaseNote", equalTo("The exam board meets on 12 March"))
                .body("steps.detail", hasItem("Under review: The exam board meets on 12 March")));
    }

    /** One journey of a gated micro-credential, and the events issuance would publish for its award. */
    private record Journey(UUID achievementId, UUID enrolmentId, String earner, String earnerId, UUID assessmentId) {

        EventEnvelope<AssessmentDecided> decided() {
            return wrap(AssessmentDecided.builder().assessmentId(assessmentId).enrolmentId(enrolmentId)
                    .achievement(achievementId, 1).earner(earnerId, "e@x", "E").attempt(1).decision(Decision.AWARD)
                    .scores(List.of()).feedback("Awarded.").assessorId("assessor").evidence(List.of())
                    .decidedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build());
        }

        EventEnvelope<AwardAwaitingRelease> awaiting(UUID release) {
            return wrap(new AwardAwaitingRelease(release, enrolmentId, assessmentId, achievementId, 1, earnerId,
                    "Gated", Instant.now()));
        }

        EventEnvelope<AwardHeld> held(UUID release, String sharedReason) {
            return wrap(new AwardHeld(release, enrolmentId, assessmentId, achievementId, 1, earnerId, sharedReason,
                    Instant.now()));
        }

        EventEnvelope<AwardReleased> released(UUID release, UUID credential) {
            return wrap(new AwardReleased(release, enrolmentId, assessmentId, achievementId, 1, earnerId, credential,
                    Instant.now()));
        }

        EventEnvelope<CredentialIssued> issued(UUID credential) {
            return wrap(new CredentialIssued(credential, enrolmentId, assessmentId, achievementId, 1, earnerId,
                    "Gated", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), Instant.now(),
                    null));
        }

        private <P extends EventPayload> EventEnvelope<P> wrap(P payload) {
            return EventEnvelope.wrap(payload, "northbridge", enrolmentId.toString(), Instant.now(), null);
        }
    }

    private static Journey newJourney(String earner) {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Gated journey " + UUID.randomUUID(),
                Map.of("releaseGate", true));
        UUID enrolment = EnrolmentFixture.enrolled(earner, achievement);
        return new Journey(achievement, enrolment, earner, Tokens.subject(earner), UUID.randomUUID());
    }

    /** Issuance's events are keyed by earner, assessment's by enrolment, as the services publish them. */
    private static void publish(Journey j, EventEnvelope<?> event) {
        String key = event.payload() instanceof AssessmentDecided ? j.enrolmentId().toString() : j.earnerId();
        TestKafka.publish("test.", key, event);
    }

    private static void until(Journey j, Consumer<ValidatableResponse> check) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> check.accept(
                given().auth().oauth2(Tokens.user(j.earner())).get("/api/v1/dashboard/" + j.enrolmentId()).then()
                        .statusCode(200)));
    }
}
