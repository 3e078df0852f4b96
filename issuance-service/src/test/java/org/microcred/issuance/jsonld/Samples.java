package org.microcred.issuance.jsonld;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.IssuerProfile;

/** Inputs of the credential builder with names from several scripts, for unit tests. */
final class Samples {

    static final UUID ACHIEVEMENT_ID = UUID.fromString("0b7c3f52-0a39-4d8e-9a51-2f4a8c7c1e01");
    static final UUID CREDENTIAL_ID = UUID.fromString("4fb07396-4e7d-4bc2-9e95-6d8ec0b05c05");
    static final UUID PLAN_ID = UUID.fromString("5ac184a7-5f8e-4cd3-8fa6-7e9fd1c16d06");
    static final UUID VIDEO_ID = UUID.fromString("6bd295b8-6a9f-4de4-9ab7-8fa0e2d27e07");
    static final String PLAN_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String EMAIL = "zoë.earner@northbridge.example";
    static final String SALT = "0123456789abcdef0123456789abcdef";
    static final String STATUS_LIST = "http://localhost:8084/api/v1/status-lists/northbridge/";

    private Samples() {
    }

    static IssuerProfile issuer() {
        return new IssuerProfile("northbridge", "http://localhost:8084/api/v1/issuers/northbridge",
                "Northbridge University", "https://www.northbridge.example", "badges@northbridge.example");
    }

    static CatalogueAchievement achievement() {
        CatalogueAchievement a = new CatalogueAchievement();
        a.tenantId = "northbridge";
        a.achievementId = ACHIEVEMENT_ID;
        a.version = 2;
        a.name = "SAFe® Agile Practice 日本語";
        a.description = "Zoë's cohort plans increments with SAFe®.";
        a.criteriaNarrative = "Submit a PI plan (日本語 accepted) and a reflection.";
        a.achievementType = "MicroCredential";
        a.evidencePrompts = List.of(new EvidencePrompt("plan", "Upload your PI plan", true),
                new EvidencePrompt("demo", "Record a system demo", true));
        a.rubric = new Rubric(List.of(
                new RubricCriterion("objectives", "Objectives ✓", "Measurable objectives", List.of(
                        new RubricLevel("emerging", "Emerging", "Vague"),
                        new RubricLevel("proficient", "Proficient", "Measurable"),
                        new RubricLevel("exemplary", "Exemplary", null)), "proficient"),
                new RubricCriterion("reflection", "Réflexion", null, List.of(
                        new RubricLevel("partial", "Partial", null),
                        new RubricLevel("complete", "Complete", null)), "complete")));
        return a;
    }

    static AssessmentDecided award(String email) {
        return AssessmentDecided.builder()
                .assessmentId(UUID.randomUUID()).submissionId(UUID.randomUUID()).enrolmentId(UUID.randomUUID())
                .achievement(ACHIEVEMENT_ID, 2)
                .earner("c63b1e09-adaf-48a6-97c9-d2fb0a568f85", email, "Zoë Earner")
                .attempt(1).decision(Decision.AWARD)
                .scores(List.of(new CriterionScore("objectives", "exemplary", "Clear, Zoë."),
                        new CriterionScore("reflection", "complete", null)))
                .feedback("Well done.").assessorId("assessor-1")
                .evidence(List.of(
                        new EvidenceArtifact(PLAN_ID, "plan", "PI-plan 日本語.pdf", "application/pdf", 48213, PLAN_SHA256),
                        new EvidenceArtifact(VIDEO_ID, "demo", "demo.mp4", "video/mp4", 1_048_576,
                                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")))
                .decidedAt(Instant.parse("2026-03-01T09:30:00Z"))
                .build();
    }

    static OpenBadgeCredentialBuilder.Inputs inputs(AssessmentDecided award) {
        return new OpenBadgeCredentialBuilder.Inputs(CREDENTIAL_ID, Instant.parse("2026-03-01T09:30:12.345678Z"), SALT,
                issuer(), achievement(), award,
                BitstringStatusListEntry.of(STATUS_LIST + "revocation/1", 7, StatusPurpose.REVOCATION));
    }
}
