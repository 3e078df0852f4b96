package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The release gate (issue 14) on the real system: awards of a gated micro-credential wait as "awarded, awaiting
 * release" until the institution's release-manager releases them, and then issue once. Walked through real second
 * marking (two assessors) with a hold whose reason the earner is shown, and through an LMS's award request released
 * in bulk. Real Keycloak, Kafka, PostgreSQL and the five services.
 */
class ReleaseGateIT {

    private static final String RELEASE_MANAGER = JourneyClient.releaseManagerOf("nb-admin");

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final LmsWebhook lms = new LmsWebhook(client);

    @Test
    void aSecondMarkedAwardWaitsForReleaseIsHeldWithAReasonTheEarnerSeesAndIssuesOnceReleased() {
        Map<String, Object> definition = new LinkedHashMap<>(JourneyClient.standardDefinition(
                "Gated, second-marked " + UUID.randomUUID().toString().substring(0, 8)));
        definition.put("releaseGate", true);
        definition.put("secondMarking", Map.of("mode", "all"));
        String achievementId = client.publishAchievement("nb-admin", definition);
        String enrolmentId = client.enrol("nb-earner", achievementId);
        String submissionId = client.openDraft("nb-earner", enrolmentId);
        client.submitEvidence("nb-earner", submissionId, "Checks after each section.",
                JourneyClient.lessonPlanPdf("Gated " + enrolmentId));

        String task = client.awaitAssessmentTask("nb-assessor", achievementId, submissionId);
        client.claim("nb-assessor", task);
        client.decide("nb-assessor", task, "proficient", "Clear checks.");
        assertEquals("AWAITING_SECOND_MARK", client.http().get(client.endpoints().assessment()
                + "/api/v1/assessments/" + task, client.token("nb-assessor")).expect(200).at("/status"),
                "an award of a micro-credential marked twice waits for its second marker");
        client.claim("nb-assessor2", task);
        client.decide("nb-assessor2", task, "proficient", "Agreed: clear checks.");

        JsonNode awaiting = awaitRelease(enrolmentId, "AWAITING_RELEASE");
        assertEquals("AWARDED", awaiting.path("stage").asText(), awaiting.toString());
        String releaseId = releaseOf(achievementId, enrolmentId).path("id").asText();
        assertTrue(client.walletEntries("nb-earner", enrolmentId).isEmpty(), "nothing is issued before the release");

        String reason = "The exam board meets on Friday";
        client.http().post(releases() + "/" + releaseId + "/hold", client.token(RELEASE_MANAGER),
                Map.of("reason", reason, "shareWithEarner", true)).expect(200);
        JsonNode held = awaitRelease(enrolmentId, "UNDER_REVIEW");
        assertEquals(reason, held.path("releaseNote").asText(), "a shared reason is shown to the earner");

        String credentialId = client.http().post(releases() + "/" + releaseId + "/release",
                client.token(RELEASE_MANAGER), Map.of()).expect(200).at("/credentialId");
        assertEquals(credentialId, client.awaitCredentialInWallet("nb-earner", enrolmentId).path("id").asText());
        JsonNode issued = client.awaitStage("nb-earner", enrolmentId, "ISSUED");
        assertEquals("RELEASED", awaitRelease(enrolmentId, "RELEASED").path("release").asText(), issued.toString());
        assertEquals(credentialId, client.http().post(releases() + "/" + releaseId + "/release",
                client.token(RELEASE_MANAGER), Map.of()).expect(200).at("/credentialId"),
                "a release repeated answers the same credential");
        assertEquals(1, client.walletEntries("nb-earner", enrolmentId).size(), "one credential for the award");
    }

    @Test
    void anLmsAwardOfAGatedMicroCredentialWaitsAndABulkReleaseIssuesIt() {
        Map<String, Object> definition = new LinkedHashMap<>(Definitions.progress(
                "Gated LMS course " + UUID.randomUUID().toString().substring(0, 8), "course-final", null));
        definition.put("releaseGate", true);
        String achievementId = client.publishAchievement("nb-admin", definition);
        String email = "gated-" + UUID.randomUUID().toString().substring(0, 8) + "@learners.example.org";

        JsonNode award = lms.apply("northbridge", awardRequest(achievementId, email));
        assertEquals("requested", award.path("outcome").asText(), award.toString());
        String enrolmentId = award.path("enrolmentId").asText();
        JsonNode release = Poll.until("the LMS award awaiting release", JourneyClient.HOP,
                () -> Optional.ofNullable(releaseOf(achievementId, enrolmentId))
                        .filter(r -> r.path("state").asText().equals("AWAITING_RELEASE")));
        assertTrue(release.path("credentialId").isNull() || release.path("credentialId").isMissingNode(),
                release.toString());

        JsonNode bulk = client.http().post(releases() + "/bulk-release", client.token(RELEASE_MANAGER),
                Map.of("achievementId", achievementId, "achievementVersion", 1)).expect(200).json();
        assertEquals(1, bulk.path("released").asInt(), bulk.toString());
        assertEquals(0, bulk.path("remaining").asInt(), bulk.toString());
        JsonNode released = releaseOf(achievementId, enrolmentId);
        assertEquals("RELEASED", released.path("state").asText(), released.toString());
        client.http().get(client.endpoints().issuance() + "/api/v1/credentials/"
                + released.path("credentialId").asText(), client.token("nb-admin")).expect(200);
        assertEquals(0, client.http().post(releases() + "/bulk-release", client.token(RELEASE_MANAGER),
                Map.of("achievementId", achievementId)).expect(200).json().path("released").asInt(),
                "a second bulk release has nothing left to release");
    }

    private String releases() {
        return client.endpoints().issuance() + "/api/v1/releases";
    }

    /** The release-manager's view of the enrolment's gated award, or null while issuance has none. */
    private JsonNode releaseOf(String achievementId, String enrolmentId) {
        JsonNode page = client.http().get(releases() + "?achievementId=" + achievementId + "&limit=200",
                client.token(RELEASE_MANAGER)).expect(200).json();
        return JourneyClient.items(page).filter(r -> enrolmentId.equals(r.path("enrolmentId").asText()))
                .findFirst().orElse(null);
    }

    /** The earner's dashboard once its journey's release state is {@code state}. */
    private JsonNode awaitRelease(String enrolmentId, String state) {
        return Poll.until("release " + state + " on the dashboard of " + enrolmentId, JourneyClient.HOP, () ->
                Optional.of(client.dashboard("nb-earner", enrolmentId))
                        .filter(journey -> state.equals(journey.path("release").asText())));
    }

    private static String awardRequest(String achievementId, String email) {
        return LmsWebhook.awardRequested(achievementId, Map.of("email", email, "name", "Gated Learner"), null,
                "https://lms.northbridge.example/course/7/completion");
    }
}
