package org.microcred.e2e;

import static org.microcred.e2e.Definitions.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The objects the authorization matrix calls its endpoints on, all of Northbridge unless named:
 * one whole journey up to a shared credential, a task waiting for an assessor, a draft with
 * evidence to change, a micro-credential to enrol in, two enrolments waiting for staff, and a
 * published micro-credential of Southport (for Southport's own pathway).
 */
final class MatrixFixture {

    private final JourneyClient client;
    private final LearningClient learning;

    // The journey: nb-earner, judged by nb-assessor, credential issued and shared.
    String achievement;
    String enrolment;
    String submission;
    String artifact;
    String task;
    String credential;
    String credentialDocument;
    String credentialJwt;
    byte[] bakedPng;
    String statusListUrl;
    String keyId;
    String shareToken;
    String shareToRevoke;
    // nb-earner2's submitted attempt, waiting in the queue.
    String pendingTask;
    // nb-earner's open draft with a file and a link to remove.
    String draftAchievement;
    String draftEnrolment;
    String draft;
    String fileToRemove;
    String linkToRemove;
    // Not yet enrolled in by nb-earner; and two enrolments pending staff confirmation.
    String openAchievement;
    String toConfirm;
    String toDecline;
    String southportAchievement;
    String assessorId;
    // Made by the matrix's own rows.
    String newAchievement;
    String newPathway;
    String newEnrolment;
    String newDelivery;

    MatrixFixture(JourneyClient client) {
        this.client = client;
        this.learning = new LearningClient(client);
    }

    MatrixFixture build() {
        achievement = client.publishAchievement("nb-admin", Definitions.performance("Matrix journey"));
        walkTheJourney();
        pendingTask = submittedTask("nb-earner2", achievement);

        draftAchievement = client.publishAchievement("nb-admin", Definitions.performance("Matrix draft"));
        draftEnrolment = client.enrol("nb-earner", draftAchievement);
        draft = client.openDraft("nb-earner", draftEnrolment);
        learning.completeEvidence("nb-earner", draft, "Reflection.", Journeys.pdf("kept " + draft),
                "https://example.org/kept");
        fileToRemove = learning.upload("nb-earner", draft, Definitions.FILES_PROMPT, "extra.pdf", "application/pdf",
                Journeys.pdf("extra " + draft)).expect(201).at("/id");
        linkToRemove = learning.addLink("nb-earner", draft, Definitions.LINKS_PROMPT, "https://example.org/extra",
                "Extra").expect(201).at("/id");

        openAchievement = client.publishAchievement("nb-admin", Definitions.performance("Matrix open"));
        String staffConfirmed = client.publishAchievement("nb-admin", Definitions.confirmedByStaff("Matrix staff-confirmed"));
        toConfirm = client.enrolAccepting("nb-earner", staffConfirmed).path("id").asText();
        toDecline = client.enrolAccepting("nb-earner2", staffConfirmed).path("id").asText();
        southportAchievement = client.publishAchievement("sp-admin", Definitions.performance("Matrix Southport"));
        assessorId = client.tokens().claims("nb-assessor").path("sub").asText();
        return this;
    }

    private void walkTheJourney() {
        enrolment = client.enrol("nb-earner", achievement);
        submission = client.openDraft("nb-earner", enrolment);
        artifact = learning.completeEvidence("nb-earner", submission, "Reflection.", Journeys.pdf("matrix " + submission),
                "https://example.org/matrix").path("id").asText();
        learning.submit("nb-earner", submission).expect(200);
        task = learning.awaitQueued("nb-assessor", achievement, submission).path("id").asText();
        learning.claim("nb-assessor", task).expect(200);
        learning.decide("nb-assessor", task, List.of(score("objectives", "proficient", "ok"),
                score("checks", "proficient", "ok")), "Met.").expect(200);
        credential = client.awaitCredentialInWallet("nb-earner", enrolment).path("id").asText();

        Http http = client.http();
        String wallet = client.endpoints().wallet() + "/api/v1/wallet/credentials/" + credential;
        String token = client.token("nb-earner");
        credentialDocument = client.credentialText("nb-earner", credential);
        credentialJwt = http.send("GET", wallet, token, Map.of("Accept", "application/vc+jwt"), null).expect(200).text();
        bakedPng = http.bytes(wallet + "/baked.png", token);
        JsonNode document = client.credential("nb-earner", credential);
        JsonNode status = document.path("credentialStatus");
        statusListUrl = (status.isArray() ? status.path(0) : status).path("statusListCredential").asText();
        // Open Badges 3.0 wants the proof set as an array; ours holds one proof.
        String method = document.at("/proof/0/verificationMethod").asText();
        // The proof names the key URL <issuerId>/keys/<keyId>.
        keyId = method.substring(method.lastIndexOf('/') + 1);
        String url = client.share("nb-earner", credential);
        shareToken = url.substring(url.lastIndexOf('/') + 1);
        shareToRevoke = http.post(wallet + "/shares", token, Map.of("expiresInDays", 7)).expect(201).at("/shareId");
    }

    private String submittedTask(String earner, String achievementId) {
        String enrolmentId = client.enrol(earner, achievementId);
        String attempt = client.openDraft(earner, enrolmentId);
        learning.completeEvidence(earner, attempt, "Reflection.", Journeys.pdf("pending " + attempt),
                "https://example.org/pending");
        learning.submit(earner, attempt).expect(200);
        return learning.awaitQueued("nb-assessor", achievementId, attempt).path("id").asText();
    }

    /** The id of Northbridge's active signing key now (the matrix rotates it). */
    String activeKey() {
        JsonNode keys = client.http().get(client.endpoints().issuance() + "/api/v1/issuer-keys",
                client.token("nb-admin")).expect(200).json();
        return LearningClient.items(keys).stream().filter(k -> "ACTIVE".equals(k.path("state").asText()))
                .map(k -> k.path("keyId").asText()).findFirst().orElse("none");
    }
}
