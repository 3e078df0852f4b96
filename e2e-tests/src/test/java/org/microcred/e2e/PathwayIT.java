package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.e2e.Definitions.achievement;
import static org.microcred.e2e.Definitions.allOf;
import static org.microcred.e2e.Definitions.atLeast;
import static org.microcred.e2e.Definitions.pathway;
import static org.microcred.e2e.Definitions.pathwayRef;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Micro-credentials stack into pathways: "at least 2 of 3", and an "all of" that nests that pathway
 * and a rule of its own. The earner earns progress micro-credentials through LMS webhooks (202, then
 * followed on their status endpoint until PROCESSED); the dashboard counts toward each pathway, and
 * a completed pathway's stacked credential arrives in the wallet and verifies. A pathway whose
 * publication would close a cycle is refused.
 */
class PathwayIT {

    private static final String TENANT = "southport";
    private static final String ADMIN = "sp-admin";
    private static final String EARNER = "sp-earner";

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final LearningClient learning = new LearningClient(client);
    private final PathwayDriver pathways = new PathwayDriver(client, TENANT, ADMIN);
    private final Map<String, Object> learner = LmsWebhook.learner(client.tokens().claims(EARNER));

    @Test
    void stackedCredentialsArriveWhenTheRulesAreMetAndTheDashboardCountsTowardThem() {
        String run = Long.toString(System.nanoTime(), 36);
        String spreadsheets = progressAchievement("Spreadsheets " + run);
        String sql = progressAchievement("SQL basics " + run);
        String charts = progressAchievement("Charts that tell " + run);
        String ethics = progressAchievement("Data ethics " + run);
        String analyst = publishedPathway("Data Analyst Certificate " + run,
                atLeast(2, achievement(spreadsheets), achievement(sql), achievement(charts)));
        String capstone = publishedPathway("Responsible Data Analyst " + run,
                allOf(pathwayRef(analyst), allOf(achievement(charts), achievement(ethics))));

        String spreadsheetsCredential = earn(spreadsheets);
        JsonNode oneOfTwo = learning.awaitPathway(EARNER, analyst, "1 of 2",
                p -> p.path("earned").asInt() == 1);
        assertEquals(2, oneOfTwo.path("required").asInt(), oneOfTwo.toString());
        assertFalse(oneOfTwo.path("complete").asBoolean(), oneOfTwo.toString());
        assertTrue(LearningClient.items(oneOfTwo.path("items")).stream().anyMatch(i -> spreadsheets.equals(
                i.path("id").asText()) && i.path("earned").asBoolean()), "the earned item is marked: " + oneOfTwo);

        String sqlCredential = earn(sql);
        JsonNode complete = learning.awaitPathway(EARNER, analyst, "Data Analyst complete with its credential",
                p -> p.path("complete").asBoolean() && !p.path("credentialId").asText("").isBlank());
        assertEquals(2, complete.path("earned").asInt(), complete.toString());
        String analystCredential = stackedCredentialVerifies(analyst, "Data Analyst Certificate " + run,
                List.of(spreadsheetsCredential, sqlCredential));
        assertEquals(analystCredential, complete.path("credentialId").asText());
        JsonNode capstoneSoFar = learning.awaitPathway(EARNER, capstone, "the nested pathway counted",
                p -> p.path("earned").asInt() == 1);
        assertFalse(capstoneSoFar.path("complete").asBoolean(), "the nested all-of is not met yet: " + capstoneSoFar);

        earn(charts);
        earn(ethics);
        learning.awaitPathway(EARNER, capstone, "Responsible Data Analyst complete with its credential",
                p -> p.path("complete").asBoolean() && !p.path("credentialId").asText("").isBlank());
        stackedCredentialVerifies(capstone, "Responsible Data Analyst " + run, List.of());
        assertEquals(1, stacked(analyst, "Data Analyst Certificate " + run).size(),
                "a third micro-credential does not issue the pathway again");
    }

    @Test
    void aPathwayWhosePublicationWouldCloseACycleIsRefused() {
        String run = Long.toString(System.nanoTime(), 36);
        String unit = progressAchievement("Cycle unit " + run);
        Http http = client.http();
        String pathways = client.endpoints().enrolment() + "/api/v1/pathways";
        String admin = client.token(ADMIN);
        String first = http.post(pathways, admin, pathway("Loop A " + run, allOf(achievement(unit)))).expect(201)
                .at("/id");
        String second = http.post(pathways, admin, pathway("Loop B " + run, allOf(pathwayRef(first)))).expect(201)
                .at("/id");

        Http.Reply closing = http.put(pathways + "/" + first, admin,
                pathway("Loop A " + run, allOf(achievement(unit), pathwayRef(second))));
        Http.Reply refused;
        if (closing.status() == 422) {
            refused = closing; // refused as soon as the draft would close the cycle
        } else {
            assertEquals(200, closing.status(), "the draft is saved, its publication checked: " + closing.text());
            // Submitting for review checks what publication checks (the cycle) before a release-manager sees it.
            refused = http.post(pathways + "/" + first + "/submit", admin, Map.of());
        }
        assertEquals(422, refused.status(), refused.text());
        assertTrue(refused.text().toLowerCase().contains("cycle"), "the problem names the cycle: " + refused.text());
        assertTrue(refused.text().contains(second) || refused.text().contains("Loop B " + run),
                "the problem names the pathway on the cycle: " + refused.text());
        assertEquals(422, http.post(pathways + "/" + second + "/submit", admin, Map.of()).status(),
                "nor can the other end be published");
        assertFalse("PUBLISHED".equals(http.get(pathways + "/" + first, admin).expect(200).at("/status")),
                "the refused pathway stays a draft");
    }

    private String progressAchievement(String name) {
        return pathways.progressAchievement(name);
    }

    private String publishedPathway(String name, Map<String, Object> rule) {
        return pathways.publishedPathway(name, rule);
    }

    /** The micro-credential earned through the LMS; answers the credential's id once in the wallet. */
    private String earn(String achievementId) {
        return client.awaitCredentialInWallet(EARNER, pathways.earn(learner, achievementId)).path("id").asText();
    }

    /** The wallet entries of a pathway's stacked credential (by pathwayId, or by kind pathway and name). */
    private List<JsonNode> stacked(String pathwayId, String name) {
        return client.wallet(EARNER).filter(e -> pathwayId.equals(e.path("pathwayId").asText())
                || ("pathway".equals(e.path("kind").asText()) && name.equals(e.path("achievementName").asText())))
                .toList();
    }

    private String stackedCredentialVerifies(String pathwayId, String name, List<String> components) {
        JsonNode entry = Poll.until("the stacked credential of " + name + " in the wallet", JourneyClient.HOP,
                () -> stacked(pathwayId, name).stream().findFirst());
        assertEquals("pathway", entry.path("kind").asText("pathway"), entry.toString());
        assertEquals(name, entry.path("achievementName").asText(), entry.toString());
        String credentialId = entry.path("id").asText();
        String document = client.credentialText(EARNER, credentialId);
        JsonNode credential = client.credential(EARNER, credentialId);
        assertEquals(name, credential.at("/credentialSubject/achievement/name").asText(), document);
        components.forEach(component -> assertTrue(document.contains(component),
                "the stacked credential names its component " + component + ": " + document));
        JsonNode report = client.verify(document).expect(200).json();
        assertTrue(report.path("verified").asBoolean(), "the stacked credential verifies: " + report);
        return credentialId;
    }
}
