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
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.Alignment;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.IssuerProfile;

/** The achievement's descriptive terms, the activity dates and the validity period in the document. */
class AchievementDetailsJsonTest {

    static final Instant ENROLLED = Instant.parse("2026-01-12T08:15:30.123456Z");
    static final Instant SUBMITTED = Instant.parse("2026-02-20T17:45:09.987Z");

    static CatalogueAchievement detailed() {
        CatalogueAchievement a = Samples.achievement();
        a.alignments = List.of(
                new Alignment("Évaluer — 日本語 SAFe®", "http://data.europa.eu/esco/skill/2f8d2f2c-aeef-4a0c-9a5f-7d5ddcb3b5b6",
                        "Zoë's framework entry", "ESCO", "S5.6.1", "ceasn:Competency"),
                new Alignment("Programming", "https://www.onetonline.org/link/summary/15-1252.00", null, null, null, null));
        a.creditsAvailable = new BigDecimal("2.50");
        a.fieldOfStudy = "Gestão de Projetos";
        a.humanCode = "SAFE-101";
        a.tags = List.of("agile", "Zoë", "日本語");
        a.imageUrl = "https://badges.northbridge.example/safe-101.png";
        a.inLanguage = "pt-BR";
        a.level = "EQF 5";
        a.sizeHours = 12;
        a.validityDays = 730;
        return a;
    }

    static AssessmentDecided withDates(AssessmentDecided a) {
        return a.toBuilder().enrolledAt(ENROLLED).submittedAt(SUBMITTED).build();
    }

    static OpenBadgeCredentialBuilder.Inputs inputs(CatalogueAchievement achievement, IssuerProfile issuer) {
        OpenBadgeCredentialBuilder.Inputs base = Samples.inputs(withDates(Samples.award(Samples.EMAIL)));
        return new OpenBadgeCredentialBuilder.Inputs(base.credentialId(), base.issuedAt(), base.salt(), issuer,
                achievement, base.award(), base.status());
    }

    private final ObjectNode credential = OpenBadgeCredentialBuilder.build(inputs(detailed(), Samples.issuer()));
    private final JsonNode achievement = credential.at("/credentialSubject/achievement");

    @Test
    void eachAlignmentIsAnOb3AlignmentWithItsTargets() {
        JsonNode alignments = achievement.get("alignment");
        assertEquals(2, alignments.size());
        JsonNode esco = alignments.get(0);
        assertEquals(List.of("Alignment"), texts(esco.get("type")));
        assertEquals("Évaluer — 日本語 SAFe®", esco.get("targetName").asText());
        assertEquals("http://data.europa.eu/esco/skill/2f8d2f2c-aeef-4a0c-9a5f-7d5ddcb3b5b6", esco.get("targetUrl").asText());
        assertEquals("Zoë's framework entry", esco.get("targetDescription").asText());
        assertEquals("ESCO", esco.get("targetFramework").asText());
        assertEquals("S5.6.1", esco.get("targetCode").asText());
        assertEquals("ceasn:Competency", esco.get("targetType").asText());
        JsonNode bare = alignments.get(1);
        assertEquals(List.of("type", "targetName", "targetUrl"), fields(bare), "absent optional targets, not null");
    }

    @Test
    void theDescriptiveTermsAreInTheAchievement() {
        assertTrue(achievement.get("creditsAvailable").isNumber());
        assertEquals(2.5, achievement.get("creditsAvailable").asDouble());
        assertEquals("Gestão de Projetos", achievement.get("fieldOfStudy").asText());
        assertEquals("SAFE-101", achievement.get("humanCode").asText());
        assertEquals(List.of("agile", "Zoë", "日本語"), texts(achievement.get("tag")));
        assertEquals("https://badges.northbridge.example/safe-101.png", achievement.at("/image/id").asText());
        assertEquals("Image", achievement.at("/image/type").asText());
        assertEquals(achievement.get("name").asText(), achievement.at("/image/caption").asText());
        assertEquals("pt-BR", achievement.get("inLanguage").asText());
        assertFalse(achievement.has("level"), "no OB 3.0 Achievement term");
        assertFalse(achievement.has("sizeHours"), "no OB 3.0 Achievement term");
    }

    @Test
    void wholeCreditsAreWrittenAsIntegersAsEveryJsonLdProcessorReadsThem() {
        CatalogueAchievement whole = detailed();
        whole.creditsAvailable = new BigDecimal("3.00");
        JsonNode credits = OpenBadgeCredentialBuilder.build(inputs(whole, Samples.issuer()))
                .at("/credentialSubject/achievement/creditsAvailable");
        assertTrue(credits.isIntegralNumber(), credits.toString());
        assertEquals("3", credits.toString());
    }

    @Test
    void theActivityRunsFromEnrolmentToTheJudgedSubmission() {
        JsonNode subject = credential.get("credentialSubject");
        assertEquals("2026-01-12T08:15:30Z", subject.get("activityStartDate").asText());
        assertEquals("2026-02-20T17:45:09Z", subject.get("activityEndDate").asText());
    }

    @Test
    void validUntilIsValidFromPlusTheValidityPeriod() {
        assertEquals("2026-03-01T09:30:12Z", credential.get("validFrom").asText());
        assertEquals("2028-02-29T09:30:12Z", credential.get("validUntil").asText(), "730 days later");
    }

    @Test
    void withoutDetailsNothingIsInventedAndTheCredentialDoesNotExpire() {
        ObjectNode plain = OpenBadgeCredentialBuilder.build(Samples.inputs(Samples.award(Samples.EMAIL)));
        assertFalse(plain.has("validUntil"));
        JsonNode subject = plain.get("credentialSubject");
        assertFalse(subject.has("activityStartDate"));
        assertFalse(subject.has("activityEndDate"));
        for (String term : List.of("alignment", "creditsAvailable", "fieldOfStudy", "humanCode", "tag", "image",
                "inLanguage")) {
            assertFalse(subject.get("achievement").has(term), term);
        }
    }

    @Test
    void unicodeSurvivesByteForByteInTheSerializedDocument() throws Exception {
        String json = EventCodec.mapper().writeValueAsString(credential);
        assertTrue(json.contains("\"Évaluer — 日本語 SAFe®\""), json);
        assertTrue(json.contains("\"Zoë\""));
        assertTrue(json.contains("\"日本語\""));
    }

    @Test
    void aSignedCredentialWithEveryFieldVerifies() throws Exception {
        byte[] seed = HexFormat.of().parseHex("9b937b81322d816cfab9d5a3baacc9b2a5febe4b149f126b3630f93a29527017");
        byte[] publicKey = Ed25519Keys.publicKey(seed);
        String method = Ed25519Keys.didKeyVerificationMethod(publicKey);
        IssuerProfile didKeyIssuer = new IssuerProfile("northbridge", Ed25519Keys.didKey(publicKey),
                "Northbridge University", "https://www.northbridge.example", "badges@northbridge.example");
        String unsigned = EventCodec.mapper().writeValueAsString(
                OpenBadgeCredentialBuilder.build(inputs(detailed(), didKeyIssuer)));

        DataIntegrityProofs proofs = new DataIntegrityProofs();
        String signed = proofs.sign(unsigned, seed, method, Instant.parse("2026-03-01T09:30:12Z"));
        ProofCheck check = proofs.verify(signed, new DidKeyResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
        // Every term is defined: the canonical form states each of them.
        String nquads = proofs.canonicalNQuads(unsigned);
        assertTrue(nquads.contains("<https://schema.org/keywords> \"日本語\""), nquads);
        assertTrue(nquads.contains("<https://schema.org/targetName> \"Évaluer — 日本語 SAFe®\""), nquads);
        assertTrue(nquads.contains("activityStartDate"), nquads);

        String tampered = signed.replace("\"Zoë\"", "\"Zoe\"");
        assertFalse(proofs.verify(tampered, new DidKeyResolver()).valid(), "a changed tag breaks the proof");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fields(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
