package org.microcred.issuance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * One award journey as the other services would announce it on the real broker: each instance
 * has its own achievement, enrolment and earner, so tests do not see each other's credentials.
 */
public final class Awards {

    public static final String PREFIX = "test.";

    public final String tenant;
    public final UUID achievementId = UUID.randomUUID();
    public final UUID enrolmentId = UUID.randomUUID();
    public final String earnerId;
    public final String name;

    public Awards(String tenant, String name) {
        this(tenant, name, "earner-" + UUID.randomUUID());
    }

    /** An award journey of the given earner id (a stand-in {@code unclaimed:...} id, say). */
    public Awards(String tenant, String name, String earnerId) {
        this.tenant = tenant;
        this.name = name;
        this.earnerId = earnerId;
    }

    public EventEnvelope<AchievementPublished> catalogueEvent() {
        AchievementPublished published = new AchievementPublished(achievementId, 1, name,
                "Plans increments with SAFe®.", "Uses SAFe® practices.", "Submit a PI plan, Zoë.", "MicroCredential",
                List.of(new EvidencePrompt("plan", "Upload your PI plan", true)),
                new Rubric(List.of(new RubricCriterion("objectives", "Objectives", null, List.of(
                        new RubricLevel("emerging", "Emerging", null),
                        new RubricLevel("proficient", "Proficient", null)), "proficient"))),
                Instant.now(), null, null, null, null, null, null, null, null, null, null);
        return EventEnvelope.wrap(published, tenant, achievementId.toString(), Instant.now(), null);
    }

    /** The catalogue event of a version whose awards wait for a release-manager. */
    public EventEnvelope<AchievementPublished> gatedCatalogueEvent() {
        AchievementPublished p = catalogueEvent().payload();
        AchievementPublished gated = new AchievementPublished(p.achievementId(), p.version(), p.name(),
                p.description(), p.competencyStatement(), p.criteriaNarrative(), p.achievementType(),
                p.evidencePrompts(), p.rubric(), p.publishedAt(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, true);
        return EventEnvelope.wrap(gated, tenant, achievementId.toString(), Instant.now(), null);
    }

    public EventEnvelope<AssessmentDecided> decided(UUID assessmentId, Decision decision) {
        AssessmentDecided payload = AssessmentDecided.builder()
                .assessmentId(assessmentId).submissionId(UUID.randomUUID()).enrolmentId(enrolmentId)
                .achievement(achievementId, 1)
                .earner(earnerId, earnerId + "@" + tenant + ".example", "Zoë Earner")
                .attempt(1).decision(decision)
                .scores(List.of(new CriterionScore("objectives", "proficient", "Clear."))).feedback("Well done.")
                .assessorId("assessor")
                .evidence(List.of(new EvidenceArtifact(UUID.randomUUID(), "plan", "plan 日本語.pdf", "application/pdf",
                        1234, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")))
                .decidedAt(Instant.now())
                .build();
        return EventEnvelope.wrap(payload, tenant, enrolmentId.toString(), Instant.now(), null);
    }

    public void publishCatalogue() {
        TestKafka.publish(PREFIX, achievementId.toString(), catalogueEvent());
    }

    /** Assessment events are keyed by enrolment, so one journey's decisions are applied in order. */
    public void publish(EventEnvelope<AssessmentDecided> decision) {
        TestKafka.publish(PREFIX, enrolmentId.toString(), decision);
    }

    /** Publishes the catalogue event and an AWARD, and waits for its credential. */
    public UUID issue(String admin) {
        publishCatalogue();
        UUID assessmentId = UUID.randomUUID();
        publish(decided(assessmentId, Decision.AWARD));
        return awaitCredential(admin, assessmentId);
    }

    /** Another AWARD of the same journey (a new assessment), once the catalogue event was published. */
    public UUID issueAnother(String admin) {
        UUID assessmentId = UUID.randomUUID();
        publish(decided(assessmentId, Decision.AWARD));
        return awaitCredential(admin, assessmentId);
    }

    public UUID awaitCredential(String admin, UUID assessmentId) {
        await().atMost(Duration.ofSeconds(45)).until(() -> credentials(admin).extract().<List<String>>path(
                "assessmentId").contains(assessmentId.toString()));
        return UUID.fromString(credentials(admin).extract().path(
                "find { it.assessmentId == '" + assessmentId + "' }.id"));
    }

    /** The signed document of a credential, as the admin API serves it. */
    public static String document(String admin, UUID credentialId) {
        return given().auth().oauth2(Tokens.user(admin)).get("/api/v1/credentials/" + credentialId)
                .then().statusCode(200).extract().as(JsonNode.class).get("credential").toString();
    }

    /** This earner's credentials as the tenant's issuer-admin lists them. */
    public ValidatableResponse credentials(String admin) {
        return given().auth().oauth2(Tokens.user(admin)).queryParam("earnerId", earnerId)
                .get("/api/v1/credentials").then().statusCode(200);
    }
}
