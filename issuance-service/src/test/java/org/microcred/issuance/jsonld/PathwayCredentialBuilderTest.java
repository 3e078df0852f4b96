package org.microcred.issuance.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.enrolment.PathwayComponent;

/** The stacked credential of a completed pathway, built from the event alone. */
class PathwayCredentialBuilderTest {

    static final UUID PATHWAY_ID = UUID.fromString("7ce3a6c9-7b0a-4ef5-81c8-90b1f3e38f09");
    static final UUID FIRST_CREDENTIAL = UUID.fromString("4fb07396-4e7d-4bc2-9e95-6d8ec0b05c05");
    static final UUID SECOND_CREDENTIAL = UUID.fromString("9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a5b");

    static PathwayCompleted completed(String achievementType, String description, String criteria) {
        return new PathwayCompleted(PATHWAY_ID, 3, "Data Analyst Certificate 日本語", description, criteria,
                achievementType, "https://badges.northbridge.example/data-analyst.png",
                "c63b1e09-adaf-48a6-97c9-d2fb0a568f85", Samples.EMAIL, "Zoë Earner", List.of(
                        new PathwayComponent(Samples.ACHIEVEMENT_ID, 2, "SAFe® Agile Practice 日本語", FIRST_CREDENTIAL),
                        new PathwayComponent(UUID.fromString("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"), 1,
                                "Spreadsheets — Zoë", SECOND_CREDENTIAL)),
                Instant.parse("2026-03-05T11:00:00.25Z"));
    }

    static final UUID EXTERNAL = UUID.fromString("b1a7eafd-bf4e-4239-85ac-d4f527272c13");
    static final UUID RECOGNISED_ACHIEVEMENT = UUID.fromString("2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b");

    /** The first component held here, the second a credential from elsewhere the institution recognised. */
    static PathwayCompleted completedWithRecognition() {
        PathwayCompleted base = completed("Certificate", "Stacks two.", "Both.");
        return new PathwayCompleted(base.pathwayId(), base.pathwayVersion(), base.name(), base.description(),
                base.criteriaNarrative(), base.achievementType(), base.imageUrl(), base.earnerId(), base.earnerEmail(),
                base.earnerName(), List.of(base.components().get(0), PathwayComponent.recognised(
                        RECOGNISED_ACHIEVEMENT, 4, "Data Literacy Basics", UUID.randomUUID(), EXTERNAL,
                        "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "Eastbrook College",
                        "https://eastbrook.example/achievements/data-literacy", "Data Literacy — Zoë")),
                base.completedAt());
    }

    static ObjectNode build(PathwayCompleted completed) {
        OpenBadgeCredentialBuilder.Inputs base = Samples.inputs(Samples.award(Samples.EMAIL));
        return PathwayCredentialBuilder.build(new PathwayCredentialBuilder.Inputs(base.credentialId(),
                base.issuedAt(), base.salt(), base.issuer(), completed, base.status()));
    }

    private final ObjectNode credential = build(completed("Certificate", "Stacks the data micro-credentials.",
            "Earn all of the required micro-credentials."));

    @Test
    void theAchievementIsThePathwayAtItsVersion() {
        assertEquals("Data Analyst Certificate 日本語", credential.get("name").asText());
        JsonNode achievement = credential.at("/credentialSubject/achievement");
        assertEquals("urn:uuid:" + PATHWAY_ID, achievement.get("id").asText(), "as micro-credentials: urn:uuid:<id>");
        assertEquals(List.of("Achievement"), LearningResultsJsonTest.texts(achievement.get("type")));
        assertEquals("Certificate", achievement.get("achievementType").asText());
        assertEquals("Data Analyst Certificate 日本語", achievement.get("name").asText());
        assertEquals("Stacks the data micro-credentials.", achievement.get("description").asText());
        assertEquals("Earn all of the required micro-credentials.", achievement.at("/criteria/narrative").asText());
        assertEquals("https://badges.northbridge.example/data-analyst.png", achievement.at("/image/id").asText());
        assertEquals("Data Analyst Certificate 日本語", achievement.at("/image/caption").asText());
        assertEquals("3", achievement.get("version").asText());
        assertEquals("2026-03-05T11:00:00Z", credential.at("/credentialSubject/activityEndDate").asText());
    }

    @Test
    void eachComponentCredentialIsAnEvidenceEntryNamedAfterItsAchievement() {
        JsonNode evidence = credential.get("evidence");
        assertEquals(2, evidence.size());
        JsonNode first = evidence.get(0);
        assertEquals("urn:uuid:" + FIRST_CREDENTIAL, first.get("id").asText(), "the component credential's own id");
        assertEquals(List.of("Evidence"), LearningResultsJsonTest.texts(first.get("type")));
        assertEquals("SAFe® Agile Practice 日本語", first.get("name").asText());
        assertEquals("Credential for achievement urn:uuid:" + Samples.ACHIEVEMENT_ID + " version 2",
                first.get("description").asText());
        assertTrue(first.get("narrative").asText().contains("counts toward Data Analyst Certificate 日本語"));
        assertEquals("urn:uuid:" + SECOND_CREDENTIAL, evidence.get(1).get("id").asText());
        assertEquals("Spreadsheets — Zoë", evidence.get(1).get("name").asText());
    }

    @Test
    void aRecognisedComponentIsAnEvidenceEntryNamingItsIssuerAndWhatItStandsFor() {
        JsonNode evidence = build(completedWithRecognition()).get("evidence");
        assertEquals(2, evidence.size());
        JsonNode recognised = evidence.get(1);
        assertFalse(recognised.has("id"), "the wallet's id is internal; the credential's own id is not known");
        assertEquals(List.of("Evidence"), LearningResultsJsonTest.texts(recognised.get("type")));
        assertEquals("Data Literacy — Zoë", recognised.get("name").asText());
        assertEquals(PathwayCredentialBuilder.RECOGNISED_GENRE, recognised.get("genre").asText());
        assertEquals("Credential for achievement https://eastbrook.example/achievements/data-literacy issued by"
                + " Eastbrook College (did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK), recognised as"
                + " equivalent to achievement urn:uuid:" + RECOGNISED_ACHIEVEMENT + " version 4",
                recognised.get("description").asText());
        assertEquals("The credential Data Literacy — Zoë from Eastbrook College is recognised as Data Literacy Basics,"
                + " which counts toward Data Analyst Certificate 日本語.", recognised.get("narrative").asText());
        assertEquals("Credential", evidence.get(0).get("genre").asText(), "the held one as before");
    }

    @Test
    void aCredentialWithARecognisedComponentSignsAndVerifies() throws Exception {
        String nquads = LearningResultsJsonTest.verifySigned(build(completedWithRecognition()));
        assertTrue(nquads.contains("\"Recognised credential\""), nquads);
    }

    @Test
    void theRecipientIsSaltedAndHashedAndTheStatusEntriesAreThere() {
        JsonNode identifier = credential.at("/credentialSubject/identifier/0");
        assertEquals("emailAddress", identifier.get("identityType").asText());
        assertEquals(IdentityHash.sha256(Samples.EMAIL, Samples.SALT), identifier.get("identityHash").asText());
        assertFalse(credential.toString().contains(Samples.EMAIL));
        assertEquals("revocation", credential.at("/credentialStatus/statusPurpose").asText());
        assertEquals("Northbridge University", credential.at("/issuer/name").asText());
    }

    @Test
    void withoutTypeDescriptionOrCriteriaTheCredentialStillSaysWhatWasStacked() {
        JsonNode achievement = build(completed(null, " ", null)).at("/credentialSubject/achievement");
        assertEquals("Certificate", achievement.get("achievementType").asText());
        assertEquals("Stacks SAFe® Agile Practice 日本語, Spreadsheets — Zoë.", achievement.get("description").asText());
        assertEquals("Earn SAFe® Agile Practice 日本語, Spreadsheets — Zoë.", achievement.at("/criteria/narrative").asText());
    }

    @Test
    void hasEveryFieldAVerifierRequiresOfAnOpenBadgeCredential() {
        for (String field : List.of("id", "name", "description", "validFrom")) {
            assertFalse(credential.path(field).asText().isBlank(), field);
        }
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"),
                LearningResultsJsonTest.texts(credential.get("type")));
        assertEquals(List.of("Profile"), LearningResultsJsonTest.texts(credential.at("/issuer/type")));
        assertEquals(List.of("AchievementSubject"),
                LearningResultsJsonTest.texts(credential.at("/credentialSubject/type")));
    }

    @Test
    void itSignsAndVerifiesWithEveryTermDefined() throws Exception {
        String nquads = LearningResultsJsonTest.verifySigned(build(completed("ext:Stack", "Stacks two.", "Both.")));
        assertTrue(nquads.contains("<urn:uuid:" + SECOND_CREDENTIAL + "> "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                + "<https://purl.imsglobal.org/spec/vc/ob/vocab.html#Evidence>"), nquads);
        assertTrue(nquads.contains("\"ext:Stack\""), nquads);
    }
}
