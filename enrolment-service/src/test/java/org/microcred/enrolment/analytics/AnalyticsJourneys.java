package org.microcred.enrolment.analytics;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.submission.DraftStarted;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.events.wallet.ShareOpened;
import org.microcred.support.testing.TestKafka;

/** One enrolment's events as the other services would publish them, collected in order, with their Kafka keys. */
final class AnalyticsJourneys {

    /** An event and the key its producer sends it under. */
    record Keyed(String key, EventEnvelope<?> event) {
    }

    static final class Journey {
        final String tenant;
        final UUID achievementId;
        final int version;
        final UUID enrolmentId = UUID.randomUUID();
        final String earnerId;
        final Instant enrolledAt;
        final List<Keyed> events = new ArrayList<>();

        Journey(String tenant, UUID achievementId, int version, String earnerId, Instant enrolledAt) {
            this.tenant = tenant;
            this.achievementId = achievementId;
            this.version = version;
            this.earnerId = earnerId;
            this.enrolledAt = enrolledAt;
            add(new EnrolmentCreated(enrolmentId, achievementId, version, earnerId, "e@x", "E", enrolledAt));
        }

        Instant hours(double h) {
            return enrolledAt.plus(Duration.ofMinutes(Math.round(h * 60)));
        }

        Journey draft(double h) {
            return add(new DraftStarted(UUID.randomUUID(), enrolmentId, achievementId, version, earnerId, 1,
                    hours(h), enrolledAt));
        }

        Journey submitted(int attempt, double h) {
            return add(new SubmissionSubmitted(submission(attempt), enrolmentId, achievementId, version, earnerId,
                    "e@x", "E", attempt, List.of(), List.of(), hours(h), enrolledAt));
        }

        Journey assigned(int attempt, double h) {
            return add(new AssessmentAssigned(assessment(attempt), submission(attempt), enrolmentId, achievementId,
                    version, earnerId, attempt, AssessmentAssigned.FIRST, "assessor", 1, hours(h)));
        }

        /** A judged attempt submitted at {@code submittedH}, decided {@code afterH} hours later. */
        Journey decided(int attempt, Decision decision, double submittedH, double afterH, Map<String, String> levels,
                Boolean markersAgreed) {
            return add(AssessmentDecided.builder().assessmentId(assessment(attempt)).submissionId(submission(attempt))
                    .enrolmentId(enrolmentId).achievement(achievementId, version).earner(earnerId, "e@x", "E")
                    .attempt(attempt).decision(decision)
                    .scores(levels.entrySet().stream()
                            .map(e -> new CriterionScore(e.getKey(), e.getValue(), "feedback")).toList())
                    .feedback("feedback").assessorId("assessor").evidence(List.of())
                    .decidedAt(hours(submittedH + afterH)).enrolledAt(enrolledAt).submittedAt(hours(submittedH))
                    .basis(AssessmentDecided.RUBRIC)
                    .secondAssessorId(markersAgreed == null ? null : "second").markersAgreed(markersAgreed)
                    .build());
        }

        /** An LMS progress decision: no submission, no assessor. */
        Journey progressAward(double h) {
            return add(AssessmentDecided.builder().assessmentId(assessment(1)).enrolmentId(enrolmentId)
                    .achievement(achievementId, version).earner(earnerId, "e@x", "E").attempt(1)
                    .decision(Decision.AWARD).scores(List.of()).evidence(List.of()).decidedAt(hours(h))
                    .enrolledAt(enrolledAt).basis(AssessmentDecided.PROGRESS).build());
        }

        UUID credentialId;

        Journey issued(double h) {
            credentialId = UUID.randomUUID();
            CredentialIssued issued = new CredentialIssued(credentialId, enrolmentId, assessment(1), achievementId,
                    version, earnerId, "Analytics", JsonNodeFactory.instance.objectNode(), hours(h), null);
            events.add(new Keyed(earnerId, wrap(issued, hours(h))));
            return this;
        }

        UUID shareId;

        Journey shared(double h) {
            shareId = UUID.randomUUID();
            return add(new CredentialShared(shareId, credentialId, enrolmentId, earnerId, hours(h), hours(h + 1000)));
        }

        /** The share page opened: the wallet reports the link's openings so far, at most once a minute. */
        Journey opened(long openCount, double h) {
            return add(new ShareOpened(shareId, credentialId, enrolmentId, openCount, hours(h)));
        }

        Journey claimed(double h) {
            CredentialsClaimed claimed = new CredentialsClaimed(UUID.randomUUID(), earnerId, earnerId + "-account",
                    "e@x", List.of(credentialId), hours(h));
            events.add(new Keyed(earnerId, wrap(claimed, hours(h))));
            return this;
        }

        Journey status(EnrolmentStatus status, double h) {
            return add(new EnrolmentStatusChanged(enrolmentId, achievementId, version, earnerId, status,
                    EnrolmentStatus.ACTIVE, "test", hours(h)));
        }

        private Journey add(EventPayload payload) {
            events.add(new Keyed(enrolmentId.toString(), wrap(payload, enrolledAt)));
            return this;
        }

        private EventEnvelope<EventPayload> wrap(EventPayload payload, Instant at) {
            return EventEnvelope.wrap(payload, tenant, enrolmentId.toString(), at, null);
        }

        private UUID submission(int attempt) {
            return UUID.nameUUIDFromBytes((enrolmentId + "s" + attempt).getBytes());
        }

        private UUID assessment(int attempt) {
            return UUID.nameUUIDFromBytes((enrolmentId + "a" + attempt).getBytes());
        }
    }

    private AnalyticsJourneys() {
    }

    static void publish(Keyed keyed) {
        TestKafka.publish("test.", keyed.key(), keyed.event());
    }
}
