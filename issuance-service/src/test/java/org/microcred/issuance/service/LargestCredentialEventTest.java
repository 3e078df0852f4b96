package org.microcred.issuance.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.support.outbox.EventSourceLimits;
import org.microcred.support.outbox.OutboxConfig;

/**
 * The credential.issued event of the largest credential the system can issue fits under the outbox's event maximum
 * (issue 9 B), built with the real builders and signer as CredentialIssuer builds it: the signed text, the same
 * document as an object, and the VC-JWT.
 *
 * <p>The inputs are an upper bound of everything enrolment-service and submission-service accept, in the costliest
 * characters (a quote is escaped in the document and escaped again in the event's credentialText): the whole
 * definition budget (microcred.catalogue.max-definition-bytes) spent on the rubric's level names, which the
 * credential states twice, on top of that 20 criteria with the longest names and 20 prompts with the longest text
 * (each evidence entry repeats its prompt's text), and the most evidence: 10 files with the longest names, 20 links
 * of the longest URL (2000 bytes) with the longest titles.
 */
class LargestCredentialEventTest {

    private static final int CRITERIA = 20;
    private static final int LEVELS = 10;
    private static final int CRITERION_NAME = 200;
    private static final int PROMPTS = 20;
    private static final int FILES = 10;
    private static final int FILE_NAME = 200;
    private static final int LINKS = 20;
    /** Submission takes URLs of at most 2000 characters and 2000 bytes (LinkUrls). */
    private static final int URL_BYTES = 2000;
    private static final int LINK_TITLE = 200;

    private final CredentialSigner signer = new CredentialSigner();
    private final SigningKey key = new SigningKey("northbridge", "key-1",
            "http://localhost:8084/api/v1/issuers/northbridge#key-1", new byte[32]);

    @Test
    void theLargestAcceptedCredentialMakesAnEventUnderTheMaximum() throws Exception {
        CatalogueAchievement achievement = largestAchievement();
        AssessmentDecided award = largestAward(achievement);
        CredentialRequest request = CredentialRequest.award(achievement, award);
        UUID credentialId = UUID.randomUUID();
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ObjectNode document = request.document().build(credentialId, issuedAt, issuer(),
                BitstringStatusListEntry.of("http://localhost:8084/api/v1/status-lists/northbridge/revocation/1",
                        131071, StatusPurpose.REVOCATION));
        String unsigned = EventCodec.mapper().writeValueAsString(document);
        String signed = signer.sign(unsigned, key, issuedAt);
        String jwt = signer.signJwt(unsigned, key);
        CredentialIssued issued = new CredentialIssued(credentialId, award.enrolmentId(), award.assessmentId(),
                award.achievementId(), award.achievementVersion(), award.earnerId(), achievement.name,
                EventCodec.mapper().readTree(signed), issuedAt, jwt, null, signed);

        String event = EventCodec.encode(EventEnvelope.wrap(issued, "northbridge", award.earnerId(), Instant.now(),
                "00-" + "a".repeat(32) + "-" + "b".repeat(16) + "-01"));
        int bytes = event.getBytes(StandardCharsets.UTF_8).length;
        int max = Integer.parseInt(OutboxConfig.DEFAULT_MAX_EVENT_BYTES);
        assertTrue(signed.length() > Integer.parseInt(EventSourceLimits.MAX_DEFINITION_BYTES) * 2,
                "the level names are all in the credential, twice");
        assertTrue(bytes <= max, "the largest credential.issued event has " + bytes + " bytes, more than " + max
                + " (the signed credential " + signed.getBytes(StandardCharsets.UTF_8).length + ")");
    }

    private static CatalogueAchievement largestAchievement() {
        int budgetQuotes = Integer.parseInt(EventSourceLimits.MAX_DEFINITION_BYTES) / 2;
        int levelName = budgetQuotes / (CRITERIA * LEVELS) + 1;
        CatalogueAchievement a = new CatalogueAchievement();
        a.tenantId = "northbridge";
        a.achievementId = UUID.randomUUID();
        a.version = 1;
        a.name = quotes(200);
        a.description = "d";
        a.criteriaNarrative = "c";
        a.achievementType = "MicroCredential";
        a.evidencePrompts = IntStream.range(0, PROMPTS).mapToObj(p -> new EvidencePrompt(id("p", p),
                quotes(EventSourceLimits.MAX_PROMPT_TEXT_CHARS), false, "files", null, null, null)).toList();
        a.rubric = new Rubric(IntStream.range(0, CRITERIA).mapToObj(c -> new RubricCriterion(id("c", c),
                quotes(CRITERION_NAME), null, IntStream.range(0, LEVELS).mapToObj(l -> new RubricLevel(id("l", l),
                        quotes(levelName), null)).toList(), id("l", LEVELS - 1))).toList());
        return a;
    }

    private static AssessmentDecided largestAward(CatalogueAchievement a) {
        return AssessmentDecided.builder()
                .assessmentId(UUID.randomUUID()).submissionId(UUID.randomUUID()).enrolmentId(UUID.randomUUID())
                .achievement(a.achievementId, a.version)
                .earner("e".repeat(36), "m".repeat(254), "漢".repeat(255))
                .attempt(10).decision(Decision.AWARD)
                .scores(IntStream.range(0, CRITERIA)
                        .mapToObj(c -> new CriterionScore(id("c", c), id("l", LEVELS - 1), null)).toList())
                .feedback("f").assessorId("assessor-1")
                .evidence(IntStream.range(0, FILES).mapToObj(f -> new EvidenceArtifact(UUID.randomUUID(),
                        id("p", 0), "漢".repeat(FILE_NAME), "application/pdf", 10L << 20,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")).toList())
                .links(IntStream.range(0, LINKS).mapToObj(l -> new EvidenceLink(id("p", 0),
                        "https://example.org/" + l + "/" + "漢".repeat((URL_BYTES - 24) / 3), quotes(LINK_TITLE))).toList())
                .decidedAt(Instant.now())
                .build();
    }

    private static IssuerProfile issuer() {
        return new IssuerProfile("northbridge", "http://localhost:8084/api/v1/issuers/northbridge",
                "Northbridge University", "https://www.northbridge.example", "badges@northbridge.example");
    }

    /** An id of 64 characters, the longest the catalogue accepts. */
    private static String id(String prefix, int n) {
        return prefix + "-".repeat(63 - prefix.length() - Integer.toString(n).length()) + n;
    }

    private static String quotes(int n) {
        return "\"".repeat(n);
    }
}
