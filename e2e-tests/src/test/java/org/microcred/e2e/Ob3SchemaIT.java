package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.e2e.Definitions.achievement;
import static org.microcred.e2e.Definitions.allOf;
import static org.microcred.e2e.Definitions.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.testing.Ob3Schemas;
import org.microcred.credentials.testing.Ob3Schemas.Kind;

/**
 * What the running system issues passes 1EdTech's plain Open Badges 3.0 JSON Schemas with no error (and there are
 * no warnings: the schema checked is the strict one) AND still verifies in Digital Bazaar's verifier: a micro-credential
 * of the assessed journey (and the claims of its VC-JWT), a stacked pathway credential (and the progress
 * micro-credential it stacks), the issuer profile. Its one status entry still carries revocation, and the suspension
 * list beside it suspension, as the wallet's public verifier reports them. Schema checks are skipped without
 * {@code ../shared/conformance/ob3-json-schemas}; Digital Bazaar's needs {@code npm ci --prefix interop}.
 */
class Ob3SchemaIT {

    private static final String ISSUER_TENANT = "northbridge";
    private static final String ADMIN = "nb-admin";
    private static final String EARNER = "nb-earner2";
    private static final String PATHWAY_TENANT = "southport";
    private static final String PATHWAY_ADMIN = "sp-admin";
    private static final String PATHWAY_EARNER = "sp-earner";
    private static final String ACTIVITY = "course-complete";
    /** A verifier caches status lists for up to MICROCRED_VERIFY_MAX_CACHE_TTL (2 s in this run). */
    private static final Duration STATUS_POLL = Duration.ofSeconds(1);

    private static JourneyWalk.Result journey;

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @BeforeAll
    static void requireInteropTooling() throws IOException {
        DigitalBazaarVerifier.requireTooling();
    }

    @Test
    void aJourneyCredentialAndItsVcJwtValidateAndItVerifiesInDigitalBazaarsVerifier() throws Exception {
        Ob3Schemas schemas = Ob3Schemas.require();
        JourneyWalk.Result walked = walkedJourney();
        String document = client.credentialText(EARNER, walked.credentialId());

        schemas.assertValid(Kind.ACHIEVEMENT_CREDENTIAL, document);
        JsonNode view = client.http().get(client.endpoints().issuance() + "/api/v1/credentials/"
                + walked.credentialId(), client.token(ADMIN)).expect(200).json();
        schemas.assertValid(Kind.ACHIEVEMENT_CREDENTIAL, jwtClaims(view.path("jwt").asText()));
        assertVerifiesInDigitalBazaar("journey", document);
    }

    @Test
    void aStackedPathwayCredentialAndTheCredentialItStacksValidateAndVerifyInDigitalBazaarsVerifier()
            throws Exception {
        Ob3Schemas schemas = Ob3Schemas.require();
        String run = Long.toString(System.nanoTime(), 36);
        String unit = client.publishAchievement(PATHWAY_ADMIN, Definitions.progress("Schema unit " + run, ACTIVITY,
                null));
        String pathwayId = publishedPathway("Schema pathway " + run, allOf(achievement(unit)));

        String unitCredential = earnThroughTheLms(unit);
        JsonNode stacked = Poll.until("the stacked credential of pathway " + pathwayId + " in the wallet",
                JourneyClient.HOP, () -> client.wallet(PATHWAY_EARNER)
                        .filter(entry -> pathwayId.equals(entry.path("pathwayId").asText())).findFirst());

        for (String credentialId : new String[] {unitCredential, stacked.path("id").asText()}) {
            String document = client.credentialText(PATHWAY_EARNER, credentialId);
            schemas.assertValid(Kind.ACHIEVEMENT_CREDENTIAL, document);
            assertVerifiesInDigitalBazaar("pathway", document);
            // And in the Learner Credential Wallet's verifier (DCC's verifier-core: signature, expiry, status
            // lists); the journey credential is InteropIT's (here a test of this class may have revoked it).
            DigitalBazaarVerifier.Outcome inWallet = DccVerifier.verify("pathway-dcc", document);
            assertTrue(inWallet.verified(), "DCC's verifier-core: " + inWallet);
        }
    }

    @Test
    void theIssuerProfileValidates() {
        Ob3Schemas schemas = Ob3Schemas.require();
        walkedJourney(); // the profile is public once the tenant has issued
        String profile = client.http().get(client.endpoints().issuance() + "/api/v1/issuers/" + ISSUER_TENANT, null)
                .expect(200).text();
        schemas.assertValid(Kind.PROFILE, profile);
    }

    /**
     * The credential states one status entry (revocation); suspending sets its twin bit in the suspension list,
     * which the wallet's verifier reads; reinstating clears it; revoking sets the bit the credential states.
     */
    @Test
    void suspensionAndRevocationStillShowInTheWalletsVerifier() {
        JourneyWalk.Result walked = walkedJourney();
        String document = client.credentialText(EARNER, walked.credentialId());
        JsonNode status = client.credential(EARNER, walked.credentialId()).path("credentialStatus");
        assertTrue(status.isObject(), "one credentialStatus: " + status);
        assertEquals("revocation", status.path("statusPurpose").asText());
        assertTrue(client.verify(document).expect(200).json().path("verified").asBoolean(), "verified at first");

        client.changeStatus(ADMIN, walked.credentialId(), "suspend", "Under review").expect(200);
        assertStatusFails(document, "suspend");
        client.changeStatus(ADMIN, walked.credentialId(), "reinstate", "Review done").expect(200);
        Poll.until("verified again once reinstated", JourneyClient.HOP, STATUS_POLL, () -> Optional.of(
                client.verify(document).expect(200).json()).filter(report -> report.path("verified").asBoolean()));

        client.changeStatus(ADMIN, walked.credentialId(), "revoke", "Awarded in error").expect(200);
        assertStatusFails(document, "revoked");
    }

    /** One assessed journey for the class: walking it takes most of a minute. */
    private JourneyWalk.Result walkedJourney() {
        synchronized (Ob3SchemaIT.class) {
            if (journey == null) {
                String achievementId = client.publishAchievement(ADMIN, "Schema-valid — Zoë's SAFe® 日本語");
                journey = new JourneyWalk(client, (stage, nanos, detail) -> { }).walk(EARNER, "nb-assessor2",
                        achievementId);
            }
            return journey;
        }
    }

    private void assertStatusFails(String document, String detail) {
        JsonNode report = Poll.until("the status check failing (" + detail + ")", JourneyClient.HOP, STATUS_POLL,
                () -> Optional.of(client.verify(document).expect(200).json())
                        .filter(r -> !r.path("verified").asBoolean()));
        JsonNode check = LearningClient.items(report.path("checks")).stream()
                .filter(c -> "status".equals(c.path("check").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no status check in " + report));
        assertFalse(check.path("passed").asBoolean(), report.toString());
        assertTrue(check.path("detail").asText().toLowerCase().contains(detail), check.toString());
    }

    private void assertVerifiesInDigitalBazaar(String label, String document) throws Exception {
        DigitalBazaarVerifier.Outcome outcome = DigitalBazaarVerifier.verify(label, document);
        assertTrue(outcome.verified(), "Digital Bazaar's verifier: " + outcome);
    }

    private String publishedPathway(String name, Map<String, Object> rule) {
        String pathways = client.endpoints().enrolment() + "/api/v1/pathways";
        String id = client.http().post(pathways, client.token(PATHWAY_ADMIN), pathway(name, rule)).expect(201)
                .at("/id");
        client.publishPathway(PATHWAY_ADMIN, id);
        return id;
    }

    /** The LMS enrols the earner and reports the course completed; answers the credential once in the wallet. */
    private String earnThroughTheLms(String achievementId) {
        LmsWebhook lms = new LmsWebhook(client);
        Map<String, Object> learner = LmsWebhook.learner(client.tokens().claims(PATHWAY_EARNER));
        String enrolmentId = lms.apply(PATHWAY_TENANT, LmsWebhook.enrolmentRequested(achievementId, learner))
                .path("enrolmentId").asText();
        lms.apply(PATHWAY_TENANT, LmsWebhook.activityCompleted(achievementId, learner, ACTIVITY, null));
        return client.awaitCredentialInWallet(PATHWAY_EARNER, enrolmentId).path("id").asText();
    }

    private static String jwtClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "a compact JWS: " + jwt);
        return new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
    }
}
