package org.microcred.issuance.messaging;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.TestKafka;

/**
 * The new decision fields travel from the real broker into signed credentials that verify: link
 * evidence of a rubric award, and a {@code progress} award (no submission, no assessor, a score) of a
 * micro-credential published without a rubric.
 */
@Tag("servers")
@QuarkusTest
class LearningDecisionIssuanceTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    @Test
    void linkEvidenceIsInTheSignedCredentialWithTheUrlAsItsId() throws Exception {
        Awards awards = new Awards("northbridge", "Links SAFe® Zoë " + UUID.randomUUID());
        awards.publishCatalogue();
        UUID assessmentId = UUID.randomUUID();
        AssessmentDecided d = awards.decided(assessmentId, Decision.AWARD).payload();
        AssessmentDecided withLinks = d.toBuilder().enrolledAt(null).submittedAt(null)
                .links(List.of(new EvidenceLink("plan", "https://video.example/pi-planning?t=42", "PI planning 日本語")))
                .basis(AssessmentDecided.RUBRIC).score(null).secondAssessorId("second-marker").markersAgreed(true)
                .build();
        awards.publish(EventEnvelope.wrap(withLinks, awards.tenant, awards.enrolmentId.toString(), Instant.now(), null));

        String document = Awards.document("nb-admin", awards.awaitCredential("nb-admin", assessmentId));
        JsonNode evidence = EventCodec.mapper().readTree(document).get("evidence");
        assertEquals(2, evidence.size(), "the file, then the link");
        assertEquals("https://video.example/pi-planning?t=42", evidence.get(1).get("id").asText());
        assertEquals("PI planning 日本語", evidence.get(1).get("name").asText());
        assertEquals("Submitted in answer to: Upload your PI plan", evidence.get(1).get("narrative").asText());
        assertFalse(document.contains("second-marker"), "second marking is invisible");
        ProofCheck check = PROOFS.verify(document, new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }

    @Test
    void aProgressAwardIsIssuedWithItsScoreAndTheVersionUsedAndVerifies() throws Exception {
        Awards awards = new Awards("northbridge", "Progress Zoë 日本語 " + UUID.randomUUID());
        AchievementPublished plain = awards.catalogueEvent().payload();
        AchievementPublished progress = new AchievementPublished(plain.achievementId(), 1, plain.name(),
                "Completes the LMS course.", null, "Complete course-42 with at least 80.", null, List.of(), null,
                Instant.now(), null, null, null, null, null, null, null, null, null, null, AchievementPublished.PROGRESS,
                new ProgressRule("course-42", ProgressRule.SCORE, new BigDecimal("80")), null, 1, null, "online",
                List.of());
        TestKafka.publish(Awards.PREFIX, awards.achievementId.toString(),
                EventEnvelope.wrap(progress, awards.tenant, awards.achievementId.toString(), Instant.now(), null));
        UUID assessmentId = UUID.randomUUID();
        AssessmentDecided award = AssessmentDecided.builder()
                .assessmentId(assessmentId).enrolmentId(awards.enrolmentId)
                .achievement(awards.achievementId, 1)
                .earner(awards.earnerId, awards.earnerId + "@northbridge.example", "Zoë Earner")
                .attempt(1).decision(Decision.AWARD).scores(List.of()).feedback("Score 86.5, at least 80 needed.")
                .evidence(List.of()).decidedAt(Instant.now()).enrolledAt(Instant.parse("2026-02-01T08:00:00Z"))
                .links(List.of()).basis(AssessmentDecided.PROGRESS).score(new BigDecimal("86.5"))
                .build();
        awards.publish(EventEnvelope.wrap(award, awards.tenant, awards.enrolmentId.toString(), Instant.now(), null));

        UUID credentialId = awards.awaitCredential("nb-admin", assessmentId);
        JsonNode credential = EventCodec.mapper().readTree(Awards.document("nb-admin", credentialId));
        JsonNode achievement = credential.at("/credentialSubject/achievement");
        assertEquals("1", achievement.get("version").asText());
        assertEquals("Complete course-42 with at least 80.", achievement.at("/criteria/narrative").asText());
        assertEquals("MicroCredential", achievement.get("achievementType").asText());
        assertEquals("Percent", achievement.at("/resultDescription/0/resultType").asText());
        assertEquals("80", achievement.at("/resultDescription/0/requiredValue").asText());
        assertEquals("86.5", credential.at("/credentialSubject/result/0/value").asText());
        assertFalse(credential.has("evidence"));
        assertEquals(1, Db.count("SELECT count(*) FROM issued_credential WHERE id = '" + credentialId
                + "' AND achievement_version = 1 AND pathway_id IS NULL"), "the table records the version used");
        assertEquals(1, Db.count("SELECT count(*) FROM catalogue_achievement WHERE achievement_id = '"
                + awards.achievementId + "' AND benchmark_kind = 'progress' AND progress_rule LIKE '%course-42%'"));
        ProofCheck check = PROOFS.verify(credential.toString(), new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }
}
