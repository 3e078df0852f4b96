package org.microcred.issuance.jsonld;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.testing.Ob3Schemas;
import org.microcred.credentials.testing.Ob3Schemas.Kind;
import org.microcred.credentials.verification.KeyState;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.issuance.keys.IssuerKey;

/**
 * What the builders make passes 1EdTech's plain OB 3.0 JSON Schemas with no error: every kind of micro-credential,
 * the stacked pathway credential, and the issuer profile. Unsigned here (the schema does not require a proof; the
 * signed documents are checked in Ob3SchemaTest and e2e-tests' Ob3SchemaIT). Skipped without ../shared.
 */
class Ob3SchemaBuildersTest {

    private Ob3Schemas schemas;

    @BeforeEach
    void schemas() {
        schemas = Ob3Schemas.require();
    }

    @Test
    void aRubricAwardWithFilesAndLinksValidates() {
        valid(OpenBadgeCredentialBuilder.build(Samples.inputs(LearningResultsJsonTest.withLinks(
                Samples.award(Samples.EMAIL), List.of(new EvidenceLink("demo", "https://video.example/l?id=7",
                        "Lesson 日本語"))))));
    }

    @Test
    void anAwardWithoutEmailStatesASystemIdAndValidates() {
        valid(OpenBadgeCredentialBuilder.build(Samples.inputs(Samples.award(null))));
    }

    @Test
    void anAchievementWithEveryDetailAndAValidityPeriodValidates() {
        valid(OpenBadgeCredentialBuilder.build(AchievementDetailsJsonTest.inputs(AchievementDetailsJsonTest.detailed(),
                Samples.issuer())));
    }

    @Test
    void aProgressAwardWithItsPercentResultValidates() {
        OpenBadgeCredentialBuilder.Inputs base = Samples.inputs(Samples.award(Samples.EMAIL));
        valid(OpenBadgeCredentialBuilder.build(new OpenBadgeCredentialBuilder.Inputs(base.credentialId(),
                base.issuedAt(), base.salt(), base.issuer(),
                LearningResultsJsonTest.progressAchievement("score", new BigDecimal("80")),
                LearningResultsJsonTest.progressAward(new BigDecimal("86.5")), base.status())));
    }

    @Test
    void aStackedPathwayCredentialValidates() {
        valid(PathwayCredentialBuilderTest.build(PathwayCredentialBuilderTest.completed("Certificate",
                "Stacks the data micro-credentials.", "Earn all of the required micro-credentials.")));
        valid(PathwayCredentialBuilderTest.build(PathwayCredentialBuilderTest.completed(null, null, null)));
        valid(PathwayCredentialBuilderTest.build(PathwayCredentialBuilderTest.completedWithRecognition()));
    }

    @Test
    void theIssuerProfileWithActiveRetiredAndCompromisedKeysValidates() {
        IssuerKey compromised = key("key-lost", KeyState.COMPROMISED);
        compromised.compromisedAt = Instant.parse("2026-03-02T10:11:12.345Z");
        String profile = IssuerJson.document(Samples.issuer(), List.of(compromised, key("key-old", KeyState.RETIRED),
                key("key-new", KeyState.ACTIVE))).toString();
        schemas.assertValid(Kind.PROFILE, profile);
    }

    /** The check can fail: the two-entry credentialStatus array issued before is refused. */
    @Test
    void theSchemaRefusesACredentialStatusArray() {
        ObjectNode credential = OpenBadgeCredentialBuilder.build(Samples.inputs(Samples.award(Samples.EMAIL)));
        credential.set("credentialStatus", JsonLd.array().add(credential.get("credentialStatus").deepCopy()));
        List<String> problems = schemas.problems(Kind.ACHIEVEMENT_CREDENTIAL, credential.toString());
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("/credentialStatus")), problems.toString());
    }

    private void valid(ObjectNode credential) {
        assertTrue(credential.get("credentialStatus").isObject());
        schemas.assertValid(Kind.ACHIEVEMENT_CREDENTIAL, credential.toString());
    }

    private static IssuerKey key(String id, KeyState state) {
        IssuerKey key = new IssuerKey();
        key.tenantId = "northbridge";
        key.keyId = id;
        key.publicKeyMultibase = "z6Mk-" + id;
        key.state = state;
        key.sealedSeed = new byte[48];
        key.nonce = new byte[12];
        key.createdAt = Instant.parse("2026-03-01T00:00:00Z");
        return key;
    }
}
