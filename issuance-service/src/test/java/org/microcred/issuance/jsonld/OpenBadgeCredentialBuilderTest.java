package org.microcred.issuance.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.issuance.CatalogueAchievement;

class OpenBadgeCredentialBuilderTest {

    private final ObjectNode credential = OpenBadgeCredentialBuilder.build(Samples.inputs(Samples.award(Samples.EMAIL)));

    @Test
    void isAnOpenBadgeCredentialOnTheVc2DataModel() {
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"), texts(credential.get("@context")));
        assertEquals("urn:uuid:" + Samples.CREDENTIAL_ID, credential.get("id").asText());
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), texts(credential.get("type")));
        assertEquals("SAFe® Agile Practice 日本語", credential.get("name").asText());
        assertEquals("2026-03-01T09:30:12Z", credential.get("validFrom").asText(), "seconds precision, UTC");
        JsonNode subject = credential.get("credentialSubject");
        assertEquals(List.of("AchievementSubject"), texts(subject.get("type")));
        JsonNode achievement = subject.get("achievement");
        assertEquals("urn:uuid:" + Samples.ACHIEVEMENT_ID, achievement.get("id").asText());
        assertEquals(List.of("Achievement"), texts(achievement.get("type")));
        assertEquals("MicroCredential", achievement.get("achievementType").asText());
        assertEquals("Submit a PI plan (日本語 accepted) and a reflection.",
                achievement.at("/criteria/narrative").asText());
        assertEquals("2", achievement.get("version").asText());
    }

    @Test
    void issuerIsTheTenantsProfile() {
        JsonNode issuer = credential.get("issuer");
        assertEquals("http://localhost:8084/api/v1/issuers/northbridge", issuer.get("id").asText());
        assertEquals(List.of("Profile"), texts(issuer.get("type")));
        assertEquals("Northbridge University", issuer.get("name").asText());
        assertEquals("https://www.northbridge.example", issuer.get("url").asText());
        assertEquals("badges@northbridge.example", issuer.get("email").asText());
    }

    @Test
    void recipientIsTheSaltedSha256OfTheEmail() throws Exception {
        JsonNode identifier = credential.at("/credentialSubject/identifier/0");
        assertEquals("IdentityObject", identifier.get("type").asText());
        assertEquals("emailAddress", identifier.get("identityType").asText());
        assertTrue(identifier.get("hashed").asBoolean());
        assertEquals(Samples.SALT, identifier.get("salt").asText());
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((Samples.EMAIL + Samples.SALT).getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder("sha256$");
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        assertEquals(hex.toString(), identifier.get("identityHash").asText());
        assertFalse(EventCodec.mapper().writeValueAsString(credential).contains(Samples.EMAIL),
                "the email itself is not in the credential");
    }

    @Test
    void eachCredentialGetsItsOwnSalt() {
        assertNotEquals(IdentityHash.newSalt(), IdentityHash.newSalt());
        assertEquals(32, IdentityHash.newSalt().length());
    }

    @Test
    void withoutAnEmailTheAccountIdIsHashedAsSystemId() {
        ObjectNode noEmail = OpenBadgeCredentialBuilder.build(Samples.inputs(Samples.award(null)));
        JsonNode identifier = noEmail.at("/credentialSubject/identifier/0");
        assertEquals("systemId", identifier.get("identityType").asText());
        assertEquals(IdentityHash.sha256("c63b1e09-adaf-48a6-97c9-d2fb0a568f85", Samples.SALT),
                identifier.get("identityHash").asText());
    }

    @Test
    void eachRubricCriterionHasAResultDescriptionAndAResultAtTheLevelReached() {
        JsonNode descriptions = credential.at("/credentialSubject/achievement/resultDescription");
        JsonNode results = credential.at("/credentialSubject/result");
        assertEquals(2, descriptions.size());
        assertEquals(2, results.size(), "one result per criterion");

        JsonNode objectives = descriptions.get(0);
        assertEquals(List.of("ResultDescription"), texts(objectives.get("type")));
        assertEquals("Objectives ✓", objectives.get("name").asText());
        assertEquals("RubricCriterionLevel", objectives.get("resultType").asText());
        assertEquals(List.of("Emerging", "Proficient", "Exemplary"), texts(objectives.get("allowedValue")));
        JsonNode levels = objectives.get("rubricCriterionLevel");
        assertEquals(3, levels.size());
        assertEquals(List.of("RubricCriterionLevel"), texts(levels.get(1).get("type")));
        assertEquals(levels.get(1).get("id").asText(), objectives.get("requiredLevel").asText(), "proficient required");

        JsonNode result = results.get(0);
        assertEquals(List.of("Result"), texts(result.get("type")));
        assertEquals(objectives.get("id").asText(), result.get("resultDescription").asText());
        assertEquals(levels.get(2).get("id").asText(), result.get("achievedLevel").asText(), "exemplary reached");
        assertEquals(descriptions.get(1).get("id").asText(), results.get(1).get("resultDescription").asText());
        assertEquals(descriptions.get(1).at("/rubricCriterionLevel/1/id").asText(),
                results.get(1).get("achievedLevel").asText(), "complete reached");
    }

    @Test
    void rubricUrisAreStableForAVersionAndDistinctAcrossVersions() {
        ObjectNode again = OpenBadgeCredentialBuilder.build(Samples.inputs(Samples.award(Samples.EMAIL)));
        assertEquals(credential.at("/credentialSubject/achievement/resultDescription"),
                again.at("/credentialSubject/achievement/resultDescription"));
        CatalogueAchievement v3 = Samples.achievement();
        v3.version = 3;
        assertNotEquals(AchievementJson.criterionUri(Samples.achievement(), "objectives"),
                AchievementJson.criterionUri(v3, "objectives"));
        assertTrue(AchievementJson.levelUri(v3, "objectives", "proficient").matches("urn:uuid:[0-9a-f-]{36}"));
    }

    @Test
    void aScoreAtALevelTheRubricDoesNotHaveIsLeftOut() {
        var award = Samples.award(Samples.EMAIL);
        var odd = new org.microcred.events.assessment.AssessmentDecided(award.assessmentId(), award.submissionId(),
                award.enrolmentId(), award.achievementId(), 2, award.earnerId(), award.earnerEmail(), award.earnerName(),
                1, award.decision(), List.of(new org.microcred.events.assessment.CriterionScore("objectives", "legendary", null),
                        new org.microcred.events.assessment.CriterionScore("reflection", "complete", null)),
                null, "a", award.evidence(), award.decidedAt(), null, null);
        JsonNode results = OpenBadgeCredentialBuilder.build(Samples.inputs(odd)).at("/credentialSubject/result");
        assertEquals(1, results.size());
    }

    @Test
    void eachEvidenceArtifactIsAnEvidenceEntryWithItsSha256() {
        JsonNode evidence = credential.get("evidence");
        assertEquals(2, evidence.size());
        JsonNode plan = evidence.get(0);
        assertEquals("urn:uuid:" + Samples.PLAN_ID, plan.get("id").asText());
        assertEquals(List.of("Evidence"), texts(plan.get("type")));
        assertEquals("PI-plan 日本語.pdf", plan.get("name").asText());
        assertTrue(plan.get("description").asText().contains("sha256:" + Samples.PLAN_SHA256), plan.toString());
        assertEquals("Submitted in answer to: Upload your PI plan", plan.get("narrative").asText());
        assertEquals("Document", plan.get("genre").asText());
        assertEquals("urn:uuid:" + Samples.VIDEO_ID, evidence.get(1).get("id").asText());
        assertEquals("Video", evidence.get(1).get("genre").asText());
    }

    @Test
    void unicodeSurvivesByteForByte() throws Exception {
        byte[] json = EventCodec.mapper().writeValueAsBytes(credential);
        String text = new String(json, StandardCharsets.UTF_8);
        for (String name : List.of("SAFe® Agile Practice 日本語", "Zoë's cohort", "Objectives ✓", "Réflexion",
                "PI-plan 日本語.pdf")) {
            assertTrue(text.contains(name), "written as UTF-8, not escaped: " + name);
        }
        assertTrue(indexOf(json, "日本語".getBytes(StandardCharsets.UTF_8)) >= 0);
        assertEquals(credential, EventCodec.mapper().readTree(json), "reads back to the same document");
    }

    @Test
    void theBuilderLeavesSigningToItsOwnStepAndStatesNoExpiry() {
        assertFalse(credential.has("proof"));
        assertFalse(credential.has("validUntil"));
    }

    @Test
    void credentialStatusIsOneRevocationEntry() {
        JsonNode revocation = credential.get("credentialStatus");
        assertTrue(revocation.isObject(), "OB 3.0 allows one credentialStatus, not an array: " + revocation);
        assertEquals("BitstringStatusListEntry", revocation.get("type").asText());
        assertEquals("revocation", revocation.get("statusPurpose").asText());
        assertEquals("7", revocation.get("statusListIndex").asText());
        assertTrue(revocation.get("statusListIndex").isTextual(), "the spec wants the index as a string");
        assertEquals(Samples.STATUS_LIST + "revocation/1", revocation.get("statusListCredential").asText());
        assertEquals(Samples.STATUS_LIST + "revocation/1#7", revocation.get("id").asText());
    }

    @Test
    void usesOnlyFieldsTheReferenceVectorAlsoUsesWhereItHasThem() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("/ob3/reference-unsigned.json")) {
            reference = EventCodec.mapper().readTree(in);
        }
        assertSubset(fields(credential.get("issuer")), fields(reference.get("issuer")), "issuer");
        assertEquals(fields(reference.at("/credentialSubject/identifier/0")),
                fields(credential.at("/credentialSubject/identifier/0")), "identity object");
        assertSubset(fields(credential.get("evidence").get(0)), fields(reference.get("evidence").get(0)), "evidence");
        assertEquals(reference.at("/@context"), credential.at("/@context"));
        assertEquals(reference.at("/type"), credential.at("/type"));
    }

    private static void assertSubset(Set<String> ours, Set<String> theirs, String what) {
        assertTrue(theirs.containsAll(ours), what + ": " + ours + " within " + theirs);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
