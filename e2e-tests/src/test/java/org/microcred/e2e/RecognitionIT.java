package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.e2e.Definitions.achievement;
import static org.microcred.e2e.Definitions.allOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Recognition of prior learning (issue 14, point 5) on the running system: an earner puts a credential of another
 * institution (an outside did:key issuer serving its own status list) into the wallet, which verifies it; an
 * issuer-admin accepts it as equivalent to a component of a pathway; the pathway completes with the earner's own
 * micro-credential, and its stacked credential names the recognised one. A second outside credential, accepted and
 * counted, is then revoked by its issuer: the wallet's re-check sees the bit, the recognition stops counting, and
 * the pathway it helped does not complete.
 */
class RecognitionIT {

    private static final String TENANT = "southport";
    private static final String ADMIN = "sp-admin";
    private static final String EARNER = "sp-earner";

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final Http http = client.http();
    private final LearningClient learning = new LearningClient(client);
    private final PathwayDriver pathways = new PathwayDriver(client, TENANT, ADMIN);
    private final JsonNode claims = client.tokens().claims(EARNER);
    private final Map<String, Object> learner = LmsWebhook.learner(claims);

    @Test
    void anAcceptedOutsideCredentialCompletesAPathwayAndARevokedOneStopsCounting() {
        String run = Long.toString(System.nanoTime(), 36);
        String spreadsheets = progressAchievement("Spreadsheets " + run);
        String reporting = progressAchievement("Reporting " + run);
        String analyst = publishedPathway("Recognised Analyst " + run,
                allOf(achievement(spreadsheets), achievement(reporting)));
        String sql = progressAchievement("SQL " + run);
        String dashboards = progressAchievement("Dashboards " + run);
        String bi = publishedPathway("Recognised BI " + run, allOf(achievement(sql), achievement(dashboards)));

        try (OutsideIssuer northfield = new OutsideIssuer("Northfield College " + run)) {
            String email = claims.path("email").asText();
            OutsideIssuer.Issued spreadsheetsElsewhere = northfield.issue("Spreadsheet fundamentals", email);
            String external = submitToWallet(spreadsheetsElsewhere);
            accept(recognitionOf(external), analyst, spreadsheets, "Same learning outcomes, level 4, 5 ECTS");
            JsonNode halfway = learning.awaitPathway(EARNER, analyst, "the recognised component counted",
                    p -> p.path("earned").asInt() == 1);
            assertFalse(halfway.path("complete").asBoolean(), halfway.toString());
            JsonNode recognisedItem = LearningClient.items(halfway.path("items")).stream()
                    .filter(i -> spreadsheets.equals(i.path("id").asText())).findFirst().orElseThrow();
            assertTrue(recognisedItem.path("earned").asBoolean(), recognisedItem.toString());
            assertEquals(northfield.name, recognisedItem.at("/recognised/issuerName").asText(),
                    "the dashboard shows the component as recognised, and from where: " + recognisedItem);

            earn(reporting);
            JsonNode complete = learning.awaitPathway(EARNER, analyst, "Recognised Analyst complete",
                    p -> p.path("complete").asBoolean() && !p.path("credentialId").asText("").isBlank());
            String stacked = client.credentialText(EARNER, complete.path("credentialId").asText());
            assertTrue(stacked.contains(northfield.name) || stacked.contains(spreadsheetsElsewhere.credentialId()),
                    "the stacked credential names the recognised credential: " + stacked);
            assertTrue(client.verify(stacked).expect(200).json().path("verified").asBoolean(),
                    "the stacked credential verifies");

            OutsideIssuer.Issued sqlElsewhere = northfield.issue("SQL fundamentals", email);
            String revokedLater = submitToWallet(sqlElsewhere);
            accept(recognitionOf(revokedLater), bi, sql, "Equivalent syllabus");
            learning.awaitPathway(EARNER, bi, "the second recognised component counted",
                    p -> p.path("earned").asInt() == 1);

            northfield.revoke(sqlElsewhere);
            Poll.until("the wallet's re-check sees the revocation", JourneyClient.HOP,
                    () -> Optional.of(externalCredential(revokedLater)).filter(
                            c -> "REVOKED".equals(c.path("status").asText())));
            // With nothing else toward it, the pathway leaves the earner's dashboard (or shows nothing earned).
            Poll.until("the revoked recognition no longer counted on the dashboard", JourneyClient.HOP,
                    () -> Optional.of(LearningClient.items(learning.dashboard(EARNER).path("pathways")))
                            .filter(all -> all.stream().noneMatch(p -> bi.equals(p.path("pathwayId").asText())
                                    && p.path("earned").asInt() > 0)));
            JsonNode voided = recognition(revokedLater);
            assertFalse(voided.path("counts").asBoolean(), "the issuer-admin sees it no longer counts: " + voided);
            assertEquals("REVOKED", voided.path("credentialStatus").asText(), voided.toString());
            earn(dashboards);
            JsonNode incomplete = learning.awaitPathway(EARNER, bi, "the earner's own micro-credential counted",
                    p -> p.path("earned").asInt() == 1);
            assertTrue(LearningClient.items(incomplete.path("items")).stream().noneMatch(
                    i -> sql.equals(i.path("id").asText()) && i.path("earned").asBoolean()),
                    "the revoked recognition's component is not earned: " + incomplete);
            assertFalse(incomplete.path("complete").asBoolean(), "a revoked outside credential never completes a"
                    + " pathway: " + incomplete);
            assertTrue(incomplete.path("credentialId").asText("").isBlank(), incomplete.toString());
        }
    }

    /** The earner adds the outside credential to the wallet: verified, the issuer not one the deployment knows. */
    private String submitToWallet(OutsideIssuer.Issued credential) {
        JsonNode stored = http.postJson(client.endpoints().wallet() + "/api/v1/wallet/external-credentials",
                client.token(EARNER), credential.json()).expect(201).json();
        assertEquals("VALID", stored.path("status").asText(), stored.toString());
        assertFalse(stored.path("issuerKnown").asBoolean(), "an outside issuer is reported as not known: " + stored);
        assertEquals("true", stored.path("subjectMatches").asText(), stored.toString());
        return stored.path("id").asText();
    }

    private JsonNode externalCredential(String id) {
        return http.get(client.endpoints().wallet() + "/api/v1/wallet/external-credentials/" + id,
                client.token(EARNER)).expect(200).json().path("credential");
    }

    /** The recognition request the wallet's event made in the earner's institution, pending its issuer-admin. */
    private String recognitionOf(String externalCredentialId) {
        JsonNode request = Poll.until("the recognition request of " + externalCredentialId, JourneyClient.HOP,
                () -> Optional.ofNullable(findRecognition(externalCredentialId))
                        .filter(r -> "PENDING".equals(r.path("status").asText())));
        assertEquals(claims.path("sub").asText(), request.path("earnerId").asText(), request.toString());
        return request.path("id").asText();
    }

    private JsonNode recognition(String externalCredentialId) {
        return Optional.ofNullable(findRecognition(externalCredentialId)).orElseThrow();
    }

    private JsonNode findRecognition(String externalCredentialId) {
        String url = client.endpoints().enrolment() + "/api/v1/recognitions?externalCredentialId="
                + externalCredentialId;
        return JourneyClient.items(http.get(url, client.token(ADMIN)).expect(200).json().path("items")).findFirst()
                .orElse(null);
    }

    private void accept(String recognitionId, String pathwayId, String componentAchievementId, String reason) {
        http.post(client.endpoints().enrolment() + "/api/v1/recognitions/" + recognitionId + "/accept",
                client.token(ADMIN), Map.of("pathwayId", pathwayId, "componentAchievementId", componentAchievementId,
                        "reason", reason)).expect(200);
    }

    private String progressAchievement(String name) {
        return pathways.progressAchievement(name);
    }

    private String publishedPathway(String name, Map<String, Object> rule) {
        return pathways.publishedPathway(name, rule);
    }

    /** The micro-credential earned through the LMS; answers once its credential is in the wallet. */
    private void earn(String achievementId) {
        client.awaitCredentialInWallet(EARNER, pathways.earn(learner, achievementId));
    }
}
