package org.microcred.issuance.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.IssuerProfile;

/**
 * The learning side in the document: link evidence (the URL as the evidence's id), a progress award's
 * score as a Percent result, the version used, and nothing of rubric points or second marking; every
 * variant still signs and verifies (JSON-LD safe mode rejects any undefined term).
 */
class LearningResultsJsonTest {

    private static final Instant DECIDED = Instant.parse("2026-03-02T10:15:30.5Z");
    private static final byte[] SEED =
            HexFormat.of().parseHex("9b937b81322d816cfab9d5a3baacc9b2a5febe4b149f126b3630f93a29527017");
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    static AssessmentDecided withLinks(AssessmentDecided a, List<EvidenceLink> links) {
        return a.toBuilder().links(links).basis(AssessmentDecided.RUBRIC).score(null)
                .secondAssessorId("second-assessor").markersAgreed(true).build();
    }

    static CatalogueAchievement progressAchievement(String measure, BigDecimal minScore) {
        CatalogueAchievement a = Samples.achievement();
        a.name = "Data Literacy 日本語 (LMS)";
        a.criteriaNarrative = "Complete the LMS course with a score of at least 80, Zoë.";
        a.evidencePrompts = List.of();
        a.rubric = new Rubric(List.of());
        a.benchmarkKind = "progress";
        a.progressRule = new ProgressRule("course-42", measure, minScore);
        return a;
    }

    static AssessmentDecided progressAward(BigDecimal score) {
        return AssessmentDecided.builder()
                .assessmentId(UUID.randomUUID()).enrolmentId(UUID.randomUUID())
                .achievement(Samples.ACHIEVEMENT_ID, 2)
                .earner("c63b1e09-adaf-48a6-97c9-d2fb0a568f85", Samples.EMAIL, "Zoë Earner")
                .attempt(1).decision(Decision.AWARD).scores(List.of())
                .feedback("Completed with 86.5 (at least 80 needed).").evidence(List.of()).decidedAt(DECIDED)
                .enrolledAt(Instant.parse("2026-02-01T08:00:00Z")).links(List.of())
                .basis(AssessmentDecided.PROGRESS).score(score)
                .build();
    }

    private static ObjectNode build(CatalogueAchievement achievement, AssessmentDecided award) {
        OpenBadgeCredentialBuilder.Inputs base = Samples.inputs(award);
        return OpenBadgeCredentialBuilder.build(new OpenBadgeCredentialBuilder.Inputs(base.credentialId(),
                base.issuedAt(), base.salt(), base.issuer(), achievement, award, base.status()));
    }

    @Test
    void eachLinkIsAnEvidenceEntryWhoseIdIsTheUrlAfterTheFiles() {
        AssessmentDecided award = withLinks(Samples.award(Samples.EMAIL), List.of(
                new EvidenceLink("demo", "https://video.example/lesson?id=7&lang=ja", "Lesson recording 日本語"),
                new EvidenceLink("plan", "https://docs.example/plan", null)));
        JsonNode evidence = build(Samples.achievement(), award).get("evidence");
        assertEquals(4, evidence.size(), "two files, then two links");
        JsonNode recording = evidence.get(2);
        assertEquals("https://video.example/lesson?id=7&lang=ja", recording.get("id").asText());
        assertEquals(List.of("Evidence"), texts(recording.get("type")));
        assertEquals("Lesson recording 日本語", recording.get("name").asText());
        assertEquals("Submitted in answer to: Record a system demo", recording.get("narrative").asText());
        assertEquals("Link", recording.get("genre").asText());
        assertEquals("https://docs.example/plan", evidence.get(3).get("name").asText(), "no title: the URL names it");
    }

    @Test
    void theSameUrlTwiceIsOneEntryAndALinkThatIsNotAnAbsoluteHttpUrlIsLeftOut() {
        AssessmentDecided award = withLinks(Samples.award(Samples.EMAIL), List.of(
                new EvidenceLink("demo", "https://video.example/a", "A"),
                new EvidenceLink("plan", "https://video.example/a", "A again"),
                new EvidenceLink("plan", "ftp://files.example/a", null),
                new EvidenceLink("plan", "/relative/path", null),
                new EvidenceLink("plan", "https://bad example/with space", null)));
        JsonNode evidence = build(Samples.achievement(), award).get("evidence");
        assertEquals(3, evidence.size(), evidence.toString());
        assertEquals("https://video.example/a", evidence.get(2).get("id").asText());
    }

    @Test
    void secondMarkingAndRubricPointsAreInvisible() throws Exception {
        CatalogueAchievement weighted = Samples.achievement();
        weighted.rubric = new Rubric(List.of(new RubricCriterion("objectives", "Objectives", null, List.of(
                new RubricLevel("emerging", "Emerging", null, 1),
                new RubricLevel("exemplary", "Exemplary", null, 4)), "emerging", new BigDecimal("2.5"))));
        AssessmentDecided award = withLinks(Samples.award(Samples.EMAIL), List.of());
        String json = EventCodec.mapper().writeValueAsString(build(weighted, award));
        for (String absent : List.of("points", "weight", "second-assessor", "markersAgreed", "assessor-1")) {
            assertFalse(json.contains(absent), absent + " in " + json);
        }
        assertTrue(json.contains("\"achievedLevel\""), "the level reached is still stated");
    }

    @Test
    void aProgressAwardStatesItsScoreAsAPercentResultAgainstTheThreshold() {
        ObjectNode credential = build(progressAchievement(ProgressRule.SCORE, new BigDecimal("80.00")),
                progressAward(new BigDecimal("86.50")));
        JsonNode achievement = credential.at("/credentialSubject/achievement");
        assertEquals("Complete the LMS course with a score of at least 80, Zoë.",
                achievement.at("/criteria/narrative").asText());
        assertEquals("2", achievement.get("version").asText(), "the version used");
        JsonNode descriptions = achievement.get("resultDescription");
        assertEquals(1, descriptions.size(), "no rubric: only the score");
        JsonNode score = descriptions.get(0);
        assertEquals(List.of("ResultDescription"), texts(score.get("type")));
        assertEquals("Percent", score.get("resultType").asText());
        assertEquals("0", score.get("valueMin").asText());
        assertEquals("100", score.get("valueMax").asText());
        assertEquals("80", score.get("requiredValue").asText());
        JsonNode results = credential.at("/credentialSubject/result");
        assertEquals(1, results.size());
        assertEquals(List.of("Result"), texts(results.get(0).get("type")));
        assertEquals(score.get("id").asText(), results.get(0).get("resultDescription").asText());
        assertEquals("86.5", results.get(0).get("value").asText());
        assertTrue(results.get(0).get("value").isTextual(), "OB 3.0 result values are strings");
    }

    @Test
    void aProgressAwardHasNoEvidenceAndItsActivityEndsWhenItWasDecided() {
        ObjectNode credential = build(progressAchievement(ProgressRule.SCORE, new BigDecimal("80")),
                progressAward(new BigDecimal("90")));
        assertFalse(credential.has("evidence"));
        assertEquals("2026-02-01T08:00:00Z", credential.at("/credentialSubject/activityStartDate").asText());
        assertEquals("2026-03-02T10:15:30Z", credential.at("/credentialSubject/activityEndDate").asText());
        assertEquals("90", credential.at("/credentialSubject/result/0/value").asText());
    }

    @Test
    void aCompletionAwardWithoutAScoreStatesNoResult() {
        ObjectNode credential = build(progressAchievement(ProgressRule.COMPLETION, null), progressAward(null));
        JsonNode subject = credential.get("credentialSubject");
        assertFalse(subject.has("result"));
        assertFalse(subject.get("achievement").has("resultDescription"));
    }

    @Test
    void aCompletionAwardThatReportsAScoreStatesItWithoutARequiredValue() {
        ObjectNode credential = build(progressAchievement(ProgressRule.COMPLETION, null),
                progressAward(new BigDecimal("72.25")));
        JsonNode description = credential.at("/credentialSubject/achievement/resultDescription/0");
        assertEquals("Percent", description.get("resultType").asText());
        assertFalse(description.has("requiredValue"));
        assertEquals("72.25", credential.at("/credentialSubject/result/0/value").asText());
    }

    @Test
    void linkEvidenceAndAProgressScoreSignAndVerify() throws Exception {
        AssessmentDecided links = withLinks(Samples.award(Samples.EMAIL), List.of(
                new EvidenceLink("demo", "https://video.example/lesson?id=7&lang=ja", "Lesson recording 日本語")));
        String nquads = verifySigned(build(Samples.achievement(), links));
        assertTrue(nquads.contains("<https://video.example/lesson?id=7&lang=ja> "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                + "<https://purl.imsglobal.org/spec/vc/ob/vocab.html#Evidence>"), nquads);

        String progress = verifySigned(build(progressAchievement(ProgressRule.SCORE, new BigDecimal("80")),
                progressAward(new BigDecimal("86.5"))));
        assertTrue(progress.contains("<https://schema.org/value> \"86.5\""), progress);
        assertTrue(progress.contains("<https://purl.imsglobal.org/spec/vc/ob/vocab.html#resultType> \"Percent\""),
                progress);
    }

    /** Signs with a did:key issuer, verifies, and answers the canonical N-Quads: every term was defined. */
    static String verifySigned(ObjectNode credential) throws Exception {
        byte[] publicKey = Ed25519Keys.publicKey(SEED);
        credential.set("issuer", IssuerJson.profile(new IssuerProfile("northbridge", Ed25519Keys.didKey(publicKey),
                "Northbridge University", null, null)));
        String unsigned = EventCodec.mapper().writeValueAsString(credential);
        String signed = PROOFS.sign(unsigned, SEED, Ed25519Keys.didKeyVerificationMethod(publicKey),
                Instant.parse("2026-03-02T10:15:30Z"));
        ProofCheck check = PROOFS.verify(signed, new DidKeyResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
        return PROOFS.canonicalNQuads(unsigned);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
