package org.microcred.issuance;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.Alignment;
import org.microcred.support.testing.TestKafka;

/**
 * The catalogue's descriptive fields and the activity dates travel from the events, through the
 * catalogue read model, into the signed credential, which still verifies.
 */
@Tag("servers")
@QuarkusTest
class CatalogueDetailsIssuanceTest {

    @Test
    void aCredentialStatesTheCataloguesDetailsAndTheActivityDatesAndVerifies() throws Exception {
        Awards awards = new Awards("northbridge", "Detailed SAFe® Zoë 日本語 " + UUID.randomUUID());
        AchievementPublished plain = awards.catalogueEvent().payload();
        AchievementPublished detailed = new AchievementPublished(plain.achievementId(), plain.version(), plain.name(),
                plain.description(), plain.competencyStatement(), plain.criteriaNarrative(), plain.achievementType(),
                plain.evidencePrompts(), plain.rubric(), plain.publishedAt(),
                List.of(new Alignment("Évaluer — 日本語", "http://data.europa.eu/esco/skill/0b1e5c1d", "Zoë's entry",
                        "ESCO", "S1.2.3", "ceasn:Competency")),
                new BigDecimal("2.50"), "Education", "SAFE-101", List.of("agile", "日本語"),
                "https://badges.northbridge.example/safe.png", "pt-BR", "EQF 5", 12, 365);
        TestKafka.publish(Awards.PREFIX, awards.achievementId.toString(),
                EventEnvelope.wrap(detailed, awards.tenant, awards.achievementId.toString(), Instant.now(), null));
        UUID assessmentId = UUID.randomUUID();
        AssessmentDecided d = awards.decided(assessmentId, org.microcred.events.assessment.Decision.AWARD).payload();
        AssessmentDecided dated = d.toBuilder().enrolledAt(Instant.parse("2026-01-12T08:15:30Z"))
                .submittedAt(Instant.parse("2026-02-20T17:45:09Z")).build();
        awards.publish(EventEnvelope.wrap(dated, awards.tenant, awards.enrolmentId.toString(), Instant.now(), null));

        String document = Awards.document("nb-admin", awards.awaitCredential("nb-admin", assessmentId));
        JsonNode credential = EventCodec.mapper().readTree(document);
        JsonNode achievement = credential.at("/credentialSubject/achievement");
        assertEquals("Évaluer — 日本語", achievement.at("/alignment/0/targetName").asText());
        assertEquals("ceasn:Competency", achievement.at("/alignment/0/targetType").asText());
        assertEquals(2.5, achievement.get("creditsAvailable").asDouble());
        assertEquals("Education", achievement.get("fieldOfStudy").asText());
        assertEquals("SAFE-101", achievement.get("humanCode").asText());
        assertEquals("日本語", achievement.at("/tag/1").asText());
        assertEquals("https://badges.northbridge.example/safe.png", achievement.at("/image/id").asText());
        assertEquals("pt-BR", achievement.get("inLanguage").asText());
        assertEquals("2026-01-12T08:15:30Z", credential.at("/credentialSubject/activityStartDate").asText());
        assertEquals("2026-02-20T17:45:09Z", credential.at("/credentialSubject/activityEndDate").asText());
        Instant validFrom = Instant.parse(credential.get("validFrom").asText());
        assertEquals(validFrom.plusSeconds(365L * 86_400).toString(), credential.get("validUntil").asText());

        ProofCheck check = new DataIntegrityProofs().verify(document, new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }
}
