package org.microcred.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.support.testing.TestKafka;

/**
 * The image enrolment-service stores for a micro-credential version (uploaded or generated at publication, named by
 * its hash under enrolment's public images) reaches the signed credential as the achievement's Image, captioned with
 * the achievement's name, and the credential still verifies.
 */
@Tag("servers")
@QuarkusTest
class AchievementImageIssuanceTest {

    @Test
    void theCredentialsAchievementImageIsTheCataloguesImageUrlCaptionedWithItsName() throws Exception {
        Awards awards = new Awards("northbridge", "Imaged Zoë 日本語 " + UUID.randomUUID());
        String imageUrl = "http://localhost:8081/api/v1/public/images/" + "ab12".repeat(16) + ".svg";
        AchievementPublished plain = awards.catalogueEvent().payload();
        AchievementPublished imaged = new AchievementPublished(plain.achievementId(), plain.version(), plain.name(),
                plain.description(), plain.competencyStatement(), plain.criteriaNarrative(), plain.achievementType(),
                plain.evidencePrompts(), plain.rubric(), plain.publishedAt(), null, null, null, null, null,
                imageUrl, null, null, null, null);
        TestKafka.publish(Awards.PREFIX, awards.achievementId.toString(),
                EventEnvelope.wrap(imaged, awards.tenant, awards.achievementId.toString(), Instant.now(), null));
        UUID assessmentId = UUID.randomUUID();
        AssessmentDecided decided = awards.decided(assessmentId,
                org.microcred.events.assessment.Decision.AWARD).payload();
        awards.publish(EventEnvelope.wrap(decided, awards.tenant, awards.enrolmentId.toString(), Instant.now(), null));

        String document = Awards.document("nb-admin", awards.awaitCredential("nb-admin", assessmentId));
        JsonNode image = EventCodec.mapper().readTree(document).at("/credentialSubject/achievement/image");
        assertEquals(imageUrl, image.get("id").asText());
        assertEquals("Image", image.get("type").asText());
        assertEquals(plain.name(), image.get("caption").asText());

        ProofCheck check = new DataIntegrityProofs().verify(document, new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
    }
}
