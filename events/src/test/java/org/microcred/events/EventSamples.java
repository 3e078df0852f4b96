package org.microcred.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.Alignment;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.catalogue.LearningResource;
import org.microcred.events.catalogue.Rubric;
import org.microcred.events.catalogue.RubricCriterion;
import org.microcred.events.catalogue.RubricLevel;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.Commitment;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.events.enrolment.PathwayComponent;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.enrolment.RecognitionDecided;
import org.microcred.events.issuance.AwardAwaitingRelease;
import org.microcred.events.issuance.AwardHeld;
import org.microcred.events.issuance.AwardReleased;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialResigned;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.events.submission.DraftStarted;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.events.issuance.TranscriptIssued;
import org.microcred.events.issuance.TranscriptRefused;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.events.wallet.TranscriptRequested;
import org.microcred.events.wallet.CredentialStored;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.events.wallet.ExternalCredentialStatusChanged;
import org.microcred.events.wallet.ExternalCredentialSubmitted;
import org.microcred.events.wallet.ShareOpened;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.enrolment.AwardJobFinished;
import org.microcred.events.catalogue.VersionApproved;
import org.microcred.events.catalogue.VersionRejected;
import org.microcred.events.catalogue.VersionRetired;
import org.microcred.events.catalogue.VersionReview;
import org.microcred.events.catalogue.VersionSubmitted;
import org.microcred.events.catalogue.VersionWithdrawn;

/** One fixed sample envelope of every event type: the inputs of the golden JSON contract. */
final class EventSamples {

    static final UUID ACHIEVEMENT = UUID.fromString("0b7c3f52-0a39-4d8e-9a51-2f4a8c7c1e01");
    static final UUID ENROLMENT = UUID.fromString("1c8d4063-1b4a-4e9f-8b62-3a5b9d8d2f02");
    static final UUID SUBMISSION = UUID.fromString("2d9e5174-2c5b-4fa0-9c73-4b6cae9e3a03");
    static final UUID ASSESSMENT = UUID.fromString("3eaf6285-3d6c-4ab1-8d84-5c7dbfaf4b04");
    static final UUID CREDENTIAL = UUID.fromString("4fb07396-4e7d-4bc2-9e95-6d8ec0b05c05");
    static final UUID ARTIFACT = UUID.fromString("5ac184a7-5f8e-4cd3-8fa6-7e9fd1c16d06");
    static final UUID SHARE = UUID.fromString("6bd295b8-6a9f-4de4-90b7-8fa0e2d27e07");
    static final UUID PATHWAY = UUID.fromString("7ce3a6c9-7b0a-4ef5-81c8-90b1f3e38f09");
    static final UUID RECOGNITION = UUID.fromString("9a05c8eb-1d2c-4017-a3ea-b2d305050b12");
    static final UUID TRANSCRIPT = UUID.fromString("8df4b7da-8c1b-4f06-92d9-a1c2f4f49010");
    static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");
    static final String EARNER = "c63b1e09-adaf-48a6-97c9-d2fb0a568f85";
    /**
     * A signed document's text as issuance keeps it, written unusually on purpose (spacing, key order, an escaped
     * character), so that a consumer that parsed and wrote it again would be caught.
     */
    static final String CREDENTIAL_TEXT = "{ \"type\" :[\"VerifiableCredential\",\"OpenBadgeCredential\"],\n"
            + "  \"id\":\"urn:uuid:" + CREDENTIAL + "\", \"name\": \"Caf\\u00e9 \\\"Zo\u00eb\\\"\"}";

    private EventSamples() {
    }

    static Map<EventType, EventEnvelope<?>> all() {
        Map<EventType, EventEnvelope<?>> samples = new EnumMap<>(EventType.class);
        EvidenceArtifact artifact = new EvidenceArtifact(ARTIFACT, "p1", "lesson-plan.pdf", "application/pdf", 48213,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        List<CriterionScore> scores = List.of(new CriterionScore("c1", "proficient", "Clear objectives, Zoë."));
        add(samples, ACHIEVEMENT, new AchievementPublished(ACHIEVEMENT, 2, "Formative Assessment 日本語",
                "Designs formative checks for understanding.", "Uses formative assessment to adjust teaching.",
                "Submit a lesson plan with embedded checks and a reflection.", "MicroCredential",
                List.of(new EvidencePrompt("p1", "Upload a lesson plan and explain your checks.", true, "files",
                                List.of("application/pdf", "image/png"), 1, 3),
                        new EvidencePrompt("p2", "Reflect on what you changed.", false, "written", List.of(), null,
                                null),
                        new EvidencePrompt("p3", "Link to a recording of the lesson.", false, "links", List.of(), 0, 2)),
                new Rubric(List.of(new RubricCriterion("c1", "Objectives", "Learning objectives are measurable",
                        List.of(new RubricLevel("emerging", "Emerging", "Objectives are vague", 1),
                                new RubricLevel("proficient", "Proficient", "Objectives are measurable", 3)),
                        "proficient", new java.math.BigDecimal("2")))),
                AT, List.of(new Alignment("Assessment of learning", "http://data.europa.eu/esco/skill/example",
                        "Plans and uses formative assessment.", "ESCO", "S1.2.3", "ceasn:Competency")),
                new java.math.BigDecimal("1.5"), "Education", "FA-101", List.of("teaching", "assessment"),
                "https://northbridge.example/badges/fa.png", "en", "EQF 6", 12, 730, "performance", null, 5, 3,
                new SecondMarking("sample", 20), "hybrid",
                List.of(new LearningResource("Exit tickets", "https://northbridge.example/learn/exit-tickets")), true));
        String admin = "7d1e2f30-0000-4000-8000-000000000004";
        String releaseManager = "7d1e2f30-0000-4000-8000-000000000005";
        String reviewed = VersionReview.ACHIEVEMENT + ":" + ACHIEVEMENT;
        add(samples, reviewed, new VersionSubmitted(VersionReview.ACHIEVEMENT, ACHIEVEMENT, 2,
                "Formative Assessment 日本語", admin, "issuer-admin", "Ready for the term's review.", AT));
        add(samples, reviewed, new VersionWithdrawn(VersionReview.ACHIEVEMENT, ACHIEVEMENT, 2,
                "Formative Assessment 日本語", admin, "issuer-admin", null, AT));
        add(samples, reviewed, new VersionApproved(VersionReview.ACHIEVEMENT, ACHIEVEMENT, 2,
                "Formative Assessment 日本語", releaseManager, "release-manager", "Approved by the programme board.", AT));
        add(samples, VersionReview.PATHWAY + ":" + PATHWAY, new VersionRejected(VersionReview.PATHWAY, PATHWAY, 1,
                "Data Analyst Certificate", releaseManager, "release-manager",
                "The criteria narrative must name the capstone, Zoë.", AT));
        add(samples, reviewed, new VersionRetired(VersionReview.ACHIEVEMENT, ACHIEVEMENT, 2,
                "Formative Assessment 日本語", releaseManager, "release-manager", null, AT));
        add(samples, ENROLMENT, new EnrolmentStatusChanged(ENROLMENT, ACHIEVEMENT, 2, EARNER,
                EnrolmentStatus.WITHDRAWN, EnrolmentStatus.ACTIVE, "Changed jobs", AT));
        add(samples, ENROLMENT, new ActivityReported(UUID.fromString("8a0f4c1e-7b2d-4e3f-9a1b-0c2d3e4f5a08"),
                ENROLMENT, ACHIEVEMENT, 2, EARNER, "nb-earner@northbridge.example", "Zoë Earner", "quiz-7", true,
                new java.math.BigDecimal("86.5"), AT, Instant.parse("2026-02-01T08:00:00Z"), true,
                "https://lms.northbridge.example/courses/42/completion"));
        String unclaimed = ClaimOffered.UNCLAIMED_PREFIX
                + "5d41402abc4b2a76b9719d911017c592aaf13c1d8b4c7f1a3e2d9c8b7a6f5e4d";
        UUID claim = UUID.fromString("9e05c8eb-9d2c-4017-a3ea-b2d305050a11");
        add(samples, unclaimed, new ClaimOffered(claim, unclaimed, "new-learner@northbridge.example", "Ana Learner",
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", Instant.parse("2026-03-31T09:30:00Z"),
                ENROLMENT, ACHIEVEMENT, 2, AT));
        UUID job = UUID.fromString("a0f6d9fc-ae3d-4128-b4fb-c3e416161b12");
        add(samples, job, new AwardJobFinished(job, AwardJobFinished.COMPLETED, 10000, 9990, 4, 6, 0, "nb-admin", AT,
                Instant.parse("2026-03-01T09:42:10Z")));
        add(samples, unclaimed, new CredentialsClaimed(claim, unclaimed, EARNER, "new-learner@northbridge.example",
                List.of(CREDENTIAL), AT));
        UUID external = UUID.fromString("b1a7eafd-bf4e-4239-85ac-d4f527272c13");
        add(samples, external, new ExternalCredentialSubmitted(external, EARNER, "jwt",
                "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "Eastbrook College", false,
                "https://eastbrook.example/achievements/data-literacy", "Data Literacy", "MicroCredential",
                Instant.parse("2025-09-01T00:00:00Z"), Instant.parse("2028-09-01T00:00:00Z"), "true", AT));
        add(samples, external, new ExternalCredentialStatusChanged(external, EARNER, "REVOKED",
                "revoked by its issuer (status list bit set)", Instant.parse("2026-03-02T03:00:00Z")));
        add(samples, EARNER, new PathwayCompleted(PATHWAY, 1, "Data Analyst Certificate",
                "Stacks five data micro-credentials.", "Earn all of the required micro-credentials.", "Certificate",
                null, EARNER, "nb-earner@northbridge.example", "Zoë Earner",
                List.of(new PathwayComponent(ACHIEVEMENT, 2, "Formative Assessment 日本語", CREDENTIAL),
                        PathwayComponent.recognised(ASSESSMENT, 1, "Data Literacy Basics", RECOGNITION, external,
                                "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "Eastbrook College",
                                "https://eastbrook.example/achievements/data-literacy", "Data Literacy")), AT));
        add(samples, RECOGNITION, new RecognitionDecided(RECOGNITION, external, EARNER, RecognitionDecided.ACCEPTED,
                PATHWAY, 1, ASSESSMENT, "Data Literacy Basics",
                "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "Eastbrook College",
                "https://eastbrook.example/achievements/data-literacy", "Data Literacy",
                "Same learning outcomes and level (EQF 5), 3 ECTS", "c1d2e3f4-0000-4000-8000-00000000a001", AT));
        add(samples, ENROLMENT, new AssessmentAssigned(ASSESSMENT, SUBMISSION, ENROLMENT, ACHIEVEMENT, 2, EARNER, 1,
                "first", "7d1e2f30-0000-4000-8000-000000000001", 1, AT));
        add(samples, ENROLMENT, new EnrolmentCreated(ENROLMENT, ACHIEVEMENT, 2, EARNER,
                "nb-earner@northbridge.example", "Zoë Earner", AT, "ACTIVE",
                new Commitment(12, Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-05-31T23:59:59Z"),
                        "Submit evidence from your own classroom.", new java.math.BigDecimal("49.5"), "EUR",
                        "2026-01", AT), "earner", null));
        add(samples, ENROLMENT, new ShareOpened(UUID.fromString("6b0d8e2a-3c4f-4a5b-9c6d-7e8f9a0b1c2d"), CREDENTIAL,
                ENROLMENT, 12, Instant.parse("2026-03-05T10:00:00Z")));
        add(samples, ENROLMENT, new DraftStarted(SUBMISSION, ENROLMENT, ACHIEVEMENT, 2, EARNER, 1,
                Instant.parse("2026-02-20T15:00:00Z"), Instant.parse("2026-02-01T08:00:00Z")));
        add(samples, ENROLMENT, new SubmissionSubmitted(SUBMISSION, ENROLMENT, ACHIEVEMENT, 2, EARNER,
                "nb-earner@northbridge.example", "Zoë Earner", 1,
                List.of(new WrittenAnswer("p1", "I check understanding with exit tickets.")), List.of(artifact), AT,
                Instant.parse("2026-02-01T08:00:00Z"),
                List.of(new EvidenceLink("p3", "https://video.example/lesson", "Lesson recording"))));
        add(samples, ENROLMENT, AssessmentDecided.builder()
                .assessmentId(ASSESSMENT).submissionId(SUBMISSION).enrolmentId(ENROLMENT)
                .achievement(ACHIEVEMENT, 2)
                .earner(EARNER, "nb-earner@northbridge.example", "Zoë Earner")
                .attempt(1).decision(Decision.AWARD).scores(scores).feedback("Well done.")
                .assessorId("7d1e2f30-0000-4000-8000-000000000001").evidence(List.of(artifact)).decidedAt(AT)
                .enrolledAt(Instant.parse("2026-02-01T08:00:00Z")).submittedAt(Instant.parse("2026-02-20T16:00:00Z"))
                .links(List.of(new EvidenceLink("p3", "https://video.example/lesson", "Lesson recording")))
                .basis("rubric").score(null)
                .secondAssessorId("7d1e2f30-0000-4000-8000-000000000003").markersAgreed(true)
                .build());
        add(samples, EARNER, new CredentialIssued(CREDENTIAL, ENROLMENT, ASSESSMENT, ACHIEVEMENT, 2, EARNER,
                "Formative Assessment 日本語", credentialTree(), AT, "eyJhbGciOiJFZERTQSJ9.e30.c2ln", null,
                CREDENTIAL_TEXT));
        add(samples, EARNER, new CredentialResigned(CREDENTIAL, EARNER, CREDENTIAL_TEXT,
                "eyJhbGciOiJFZERTQSIsImtpZCI6Imh0dHBzOi8vaXNzdWVyIn0.e30.c2ln",
                "https://issuance.northbridge.example/api/v1/issuers/northbridge/keys/key-5f0c2a9e41b7",
                Instant.parse("2026-12-06T07:00:00Z")));
        add(samples, EARNER, new CredentialStatusChanged(CREDENTIAL, ENROLMENT, EARNER, "REVOKED",
                "Awarded in error: evidence was plagiarised", "7d1e2f30-0000-4000-8000-000000000002", AT));
        add(samples, ENROLMENT, new CredentialStored(CREDENTIAL, ENROLMENT, EARNER, AT));
        add(samples, ENROLMENT, new CredentialShared(SHARE, CREDENTIAL, ENROLMENT, EARNER, AT,
                Instant.parse("2027-03-01T09:30:00Z")));
        add(samples, EARNER, new TranscriptRequested(TRANSCRIPT, EARNER, List.of(CREDENTIAL, PATHWAY),
                "Teaching transcript, Zoë", AT));
        add(samples, EARNER, new TranscriptIssued(TRANSCRIPT, EARNER, List.of(CREDENTIAL, PATHWAY), CREDENTIAL_TEXT,
                AT));
        add(samples, EARNER, new TranscriptRefused(TRANSCRIPT, EARNER, "revoked-credentials",
                "Credential urn:uuid:" + CREDENTIAL + " was revoked: a transcript cannot state it", AT));
        UUID release = UUID.fromString("b107eafd-bf4e-4239-85ac-d4f527272c13");
        add(samples, EARNER, new AwardAwaitingRelease(release, ENROLMENT, ASSESSMENT, ACHIEVEMENT, 2, EARNER,
                "Formative Assessment 日本語", AT));
        add(samples, EARNER, new AwardHeld(release, ENROLMENT, ASSESSMENT, ACHIEVEMENT, 2, EARNER,
                "The exam board meets on 12 March", Instant.parse("2026-03-02T10:00:00Z")));
        add(samples, EARNER, new AwardReleased(release, ENROLMENT, ASSESSMENT, ACHIEVEMENT, 2, EARNER, CREDENTIAL,
                Instant.parse("2026-03-12T15:00:00Z")));
        return samples;
    }

    /** {@link #CREDENTIAL_TEXT} as the JSON object it is. */
    static ObjectNode credentialTree() {
        ObjectNode credential = JsonNodeFactory.instance.objectNode();
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("id", "urn:uuid:" + CREDENTIAL);
        credential.put("name", "Café \"Zoë\"");
        return credential;
    }

    private static void add(Map<EventType, EventEnvelope<?>> samples, UUID subject, EventPayload payload) {
        add(samples, subject.toString(), payload);
    }

    private static void add(Map<EventType, EventEnvelope<?>> samples, String subject, EventPayload payload) {
        EventType type = EventType.of(payload);
        UUID eventId = UUID.nameUUIDFromBytes(type.typeName().getBytes());
        samples.put(type, new EventEnvelope<>(eventId, type.typeName(), AT, "northbridge", subject,
                type.schemaVersion(), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", payload));
    }
}
