package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The earner journey across the five services, over HTTP, on real PostgreSQL, Kafka and Keycloak:
 * every hop is a Kafka event through an outbox.
 */
class JourneyIT {

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @Test
    void earnerGoesFromEnrolmentToASharedCredentialThatAnyoneCanOpen() throws Exception {
        String achievementId = client.publishAchievement("nb-admin", "Formative Assessment — Zoë's SAFe® 日本語");
        List<String> stagesSeen = new ArrayList<>();
        Map<String, String> expectedStage = Map.of(JourneyWalk.ENROL, "ENROLLED", JourneyWalk.SUBMIT, "SUBMITTED",
                JourneyWalk.CLAIM, "IN_REVIEW", JourneyWalk.DECIDE, "AWARDED", JourneyWalk.DECISION_TO_WALLET, "ISSUED",
                JourneyWalk.SHARE, "SHARED");
        String[] enrolment = new String[1];
        JourneyWalk.Result journey = new JourneyWalk(client, (stage, nanos, detail) -> {
            if (stage.equals(JourneyWalk.ENROL)) {
                enrolment[0] = detail.substring("enrolment ".length());
            }
            if (expectedStage.containsKey(stage)) {
                stagesSeen.add(client.awaitStage("nb-earner", enrolment[0], expectedStage.get(stage)).path("stage").asText());
            }
        }).walk("nb-earner", "nb-assessor", achievementId);

        assertEquals(List.of("ENROLLED", "SUBMITTED", "IN_REVIEW", "AWARDED", "ISSUED", "SHARED"), stagesSeen,
                "the earner saw each stage on the dashboard");
        JsonNode dashboard = client.dashboard("nb-earner", journey.enrolmentId());
        assertEquals(journey.credentialId(), dashboard.path("credentialId").asText());
        assertEquals(List.of("ENROLLED", "SUBMITTED", "IN_REVIEW", "AWARDED", "ISSUED", "SHARED"),
                values(dashboard.path("steps"), "stage"));

        JsonNode credential = client.credential("nb-earner", journey.credentialId());
        assertTrue(values(credential.path("type"), null).contains("OpenBadgeCredential"), credential.toString());
        assertEquals("Formative Assessment — Zoë's SAFe® 日本語", credential.at("/credentialSubject/achievement/name").asText());
        assertEquals("Northbridge University", credential.at("/issuer/name").asText());
        // OB 3.0: each result's achievedLevel is the IRI of a level of its criterion's ResultDescription.
        List<String> proficientLevels = new ArrayList<>();
        credential.at("/credentialSubject/achievement/resultDescription").forEach(criterion ->
                criterion.path("rubricCriterionLevel").forEach(level -> {
                    if (level.path("name").asText().equals("Proficient")) {
                        proficientLevels.add(level.path("id").asText());
                    }
                }));
        assertEquals(proficientLevels, values(credential.at("/credentialSubject/result"), "achievedLevel"));
        assertEquals(2, proficientLevels.size(), "one Proficient level per criterion");
        JsonNode identity = credential.at("/credentialSubject/identifier/0");
        assertEquals("sha256$" + sha256Hex(("nb-earner@northbridge.example" + identity.path("salt").asText())
                .getBytes(StandardCharsets.UTF_8)), identity.path("identityHash").asText());
        String fileHash = sha256Hex(JourneyClient.lessonPlanPdf("Lesson plan " + journey.enrolmentId()));
        assertTrue(credential.path("evidence").toString().contains(fileHash),
                "the evidence names the SHA-256 of the uploaded file: " + credential.path("evidence"));

        String downloaded = client.credentialText("nb-earner", journey.credentialId());
        // What the earner downloads from the wallet is, byte for byte, the document issuance stored and signed (its
        // admin API writes the stored text as the value of "credential", unparsed).
        String issued = new Http().get(client.endpoints().issuance() + "/api/v1/credentials/" + journey.credentialId(),
                client.token("nb-admin")).expect(200).text();
        assertTrue(issued.contains("\"credential\":" + downloaded),
                "the wallet's document is the issued text itself:\n" + downloaded + "\n" + issued);
        JsonNode report = client.verify(downloaded).expect(200).json();
        assertTrue(report.path("verified").asBoolean(), "the issued credential verifies: " + report);
        assertEquals("eddsa-rdfc-2022", credential.at("/proof/0/cryptosuite").asText());

        Http.Reply shared = client.openShared(journey.shareUrl());
        assertEquals(200, shared.status(), shared.text());
        assertEquals(journey.credentialId(), shared.json().at("/credential/id").asText().replace("urn:uuid:", ""));
        assertTrue(shared.json().at("/verification/verified").asBoolean(), "the public page verifies it: " + shared.text());
        assertEquals(404, client.openShared(journey.shareUrl() + "x").status(), "a wrong link shows nothing");
    }

    @Test
    void anotherInstitutionSeesNothingOfTheJourney() {
        String achievementId = client.publishAchievement("nb-admin", "Private to Northbridge");
        JourneyWalk.Result journey = new JourneyWalk(client, (s, n, d) -> { }).walk("nb-earner2", "nb-assessor", achievementId);
        Http http = new Http();
        String outsider = client.token("sp-earner");
        Endpoints at = client.endpoints();
        assertEquals(404, http.get(at.enrolment() + "/api/v1/dashboard/" + journey.enrolmentId(), outsider).status());
        assertEquals(404, http.get(at.submission() + "/api/v1/submissions/" + journey.submissionId(), outsider).status());
        assertEquals(404, http.get(at.wallet() + "/api/v1/wallet/credentials/" + journey.credentialId(), outsider).status());
        assertEquals(404, http.get(at.assessment() + "/api/v1/assessments/" + journey.assessmentId(),
                client.token("sp-assessor")).status());
        assertEquals(401, http.get(at.wallet() + "/api/v1/wallet/credentials", null).status());
    }

    static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> field == null ? node.asText() : node.path(field).asText())
                .toList();
    }

    static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
