package org.microcred.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.wallet.CredentialShared;

/** Any order and any number of copies of a journey's events give the same journey. */
class JourneyChangesTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final UUID ENROLMENT = UUID.randomUUID();
    private static final UUID ACHIEVEMENT = UUID.randomUUID();
    private static final UUID CREDENTIAL = UUID.randomUUID();

    private static List<EventPayload> journeyEvents() {
        return List.of(
                submitted(1), assigned(1, "a1", 1), assigned(1, null, 2), assigned(1, "a2", 3),
                decided(1, Decision.REVISE, "Add objectives"), submitted(2), assigned(2, "a1", 1),
                decided(2, Decision.AWARD, "Well done"),
                new CredentialIssued(CREDENTIAL, ENROLMENT, UUID.randomUUID(), ACHIEVEMENT, 1, "earner", "Name",
                        JsonNodeFactory.instance.objectNode(), at(40), null),
                new CredentialShared(UUID.nameUUIDFromBytes("share-1".getBytes()), CREDENTIAL, ENROLMENT, "earner",
                        at(50), null),
                new CredentialShared(UUID.nameUUIDFromBytes("share-2".getBytes()), CREDENTIAL, ENROLMENT, "earner",
                        at(60), null));
    }

    @Test
    void everyOrderAndEveryReplayGivesTheSameJourney() {
        Journey inOrder = replay(journeyEvents());
        assertEquals(JourneyStage.SHARED, inOrder.stage);
        assertEquals(2, inOrder.attempt);
        assertEquals("Well done", inOrder.latestFeedback);
        assertEquals(UUID.nameUUIDFromBytes("share-2".getBytes()), inOrder.shareId, "the newest share");

        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            List<EventPayload> events = new ArrayList<>(journeyEvents());
            events.addAll(journeyEvents().subList(0, random.nextInt(journeyEvents().size())));
            Collections.shuffle(events, random);
            Journey shuffled = replay(events);
            assertEquals(snapshot(inOrder), snapshot(shuffled), "order " + events);
        }
    }

    @Test
    void aReleaseLeavesTheJourneyInReview() {
        Journey journey = replay(List.of(submitted(1), assigned(1, "a1", 1), assigned(1, null, 2)));
        assertEquals(JourneyStage.IN_REVIEW, journey.stage);
    }

    @Test
    void aPathwayCredentialMovesNoJourney() {
        CredentialIssued pathway = new CredentialIssued(UUID.randomUUID(), null, null, UUID.randomUUID(), 1, "earner",
                "Pathway", JsonNodeFactory.instance.objectNode(), T, null, UUID.randomUUID());
        assertEquals(null, JourneyChanges.of(pathway));
    }

    private static Journey replay(List<EventPayload> events) {
        Journey journey = new Journey();
        journey.stage = JourneyStage.ENROLLED;
        journey.feedbackTargetDays = 14;
        journey.updatedAt = T;
        for (EventPayload event : events) {
            JourneyChanges.Change change = JourneyChanges.of(event);
            if (change != null) {
                JourneyChanges.apply(journey, event, change, occurredAt(event));
            }
        }
        return journey;
    }

    private static List<Object> snapshot(Journey j) {
        return java.util.Arrays.asList(j.stage, j.attempt, j.latestFeedback, j.decidedAt, j.decidedAttempt,
                j.lastSubmittedAt, j.credentialId, j.shareId, j.sharedAt, j.updatedAt);
    }

    private static Instant occurredAt(EventPayload event) {
        if (event instanceof SubmissionSubmitted s) {
            return s.submittedAt();
        }
        if (event instanceof AssessmentAssigned a) {
            return a.assignedAt();
        }
        if (event instanceof AssessmentDecided d) {
            return d.decidedAt();
        }
        if (event instanceof CredentialIssued i) {
            return i.issuedAt();
        }
        return ((CredentialShared) event).sharedAt();
    }

    private static SubmissionSubmitted submitted(int attempt) {
        return new SubmissionSubmitted(UUID.nameUUIDFromBytes(("s" + attempt).getBytes()), ENROLMENT, ACHIEVEMENT, 1,
                "earner", "e@x", "E", attempt, List.of(), List.of(), at(attempt * 10), null);
    }

    private static AssessmentAssigned assigned(int attempt, String assessor, long sequence) {
        return new AssessmentAssigned(UUID.nameUUIDFromBytes(("a" + attempt).getBytes()), null, ENROLMENT, ACHIEVEMENT,
                1, "earner", attempt, AssessmentAssigned.FIRST, assessor, sequence, at(attempt * 10 + (int) sequence));
    }

    private static AssessmentDecided decided(int attempt, Decision decision, String feedback) {
        return AssessmentDecided.builder()
                .assessmentId(UUID.nameUUIDFromBytes(("a" + attempt).getBytes())).enrolmentId(ENROLMENT)
                .achievement(ACHIEVEMENT, 1).earner("earner", "e@x", "E").attempt(attempt).decision(decision)
                .scores(List.of()).feedback(feedback).assessorId("a1").evidence(List.of())
                .decidedAt(at(attempt * 10 + 5)).enrolledAt(T).submittedAt(at(attempt * 10))
                .build();
    }

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }
}
