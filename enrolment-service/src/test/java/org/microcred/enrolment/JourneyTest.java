package org.microcred.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JourneyTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static Journey at(JourneyStage stage) {
        Journey journey = new Journey();
        journey.stage = stage;
        journey.feedbackTargetDays = 14;
        return journey;
    }

    @Test
    void advancesThroughTheStagesInOrder() {
        Journey journey = at(JourneyStage.WAITLISTED);
        assertTrue(journey.advanceTo(JourneyStage.PENDING_CONFIRMATION, 0, T));
        assertTrue(journey.advanceTo(JourneyStage.ENROLLED, 0, T));
        assertTrue(journey.advanceTo(JourneyStage.SUBMITTED, 1, T));
        assertTrue(journey.advanceTo(JourneyStage.IN_REVIEW, 1, T));
        assertTrue(journey.advanceTo(JourneyStage.AWARDED, 1, T));
        assertTrue(journey.advanceTo(JourneyStage.ISSUED, 0, T));
        assertTrue(journey.advanceTo(JourneyStage.SHARED, 0, T));
        assertEquals(JourneyStage.SHARED, journey.stage);
    }

    @Test
    void aLateEventOfAnEarlierStageDoesNotMoveItBack() {
        Journey journey = at(JourneyStage.ENROLLED);
        journey.advanceTo(JourneyStage.ISSUED, 0, T);
        assertFalse(journey.advanceTo(JourneyStage.AWARDED, 1, T));
        assertFalse(journey.advanceTo(JourneyStage.IN_REVIEW, 1, T));
        assertFalse(journey.advanceTo(JourneyStage.SUBMITTED, 1, T));
        assertEquals(JourneyStage.ISSUED, journey.stage);
    }

    @Test
    void inReviewComesBetweenTheSubmissionAndTheDecisionOfTheSameAttempt() {
        Journey journey = at(JourneyStage.ENROLLED);
        journey.advanceTo(JourneyStage.IN_REVIEW, 1, T);
        assertFalse(journey.advanceTo(JourneyStage.SUBMITTED, 1, T), "a late submission event of the same attempt");
        assertTrue(journey.advanceTo(JourneyStage.REVISE, 1, T));
        assertFalse(journey.advanceTo(JourneyStage.IN_REVIEW, 1, T), "a late claim of the decided attempt");
        assertTrue(journey.advanceTo(JourneyStage.SUBMITTED, 2, T));
        assertTrue(journey.advanceTo(JourneyStage.IN_REVIEW, 2, T));
    }

    @Test
    void aResubmissionComesAfterTheRevisionOfTheAttemptBefore() {
        Journey journey = at(JourneyStage.ENROLLED);
        journey.advanceTo(JourneyStage.SUBMITTED, 1, T);
        journey.advanceTo(JourneyStage.REVISE, 1, T);
        assertTrue(journey.advanceTo(JourneyStage.SUBMITTED, 2, T));
        assertEquals(2, journey.attempt);
        assertFalse(journey.advanceTo(JourneyStage.REVISE, 1, T), "a replay of attempt 1's decision");
        assertEquals(JourneyStage.SUBMITTED, journey.stage);
    }

    @Test
    void withdrawalOrExpiryEndsAJourneyNotYetAwarded() {
        for (JourneyStage end : new JourneyStage[] {JourneyStage.WITHDRAWN, JourneyStage.EXPIRED, JourneyStage.DECLINED}) {
            Journey journey = at(JourneyStage.ENROLLED);
            journey.advanceTo(JourneyStage.REVISE, 3, T);
            assertTrue(journey.advanceTo(end, 0, T));
            assertFalse(journey.advanceTo(JourneyStage.SUBMITTED, 4, T), "a submission made before " + end);
            assertEquals(end, journey.stage);
        }
    }

    @Test
    void anAwardStandsWhateverTheOrderOfAWithdrawal() {
        Journey withdrawnFirst = at(JourneyStage.ENROLLED);
        withdrawnFirst.advanceTo(JourneyStage.WITHDRAWN, 0, T);
        assertTrue(withdrawnFirst.advanceTo(JourneyStage.AWARDED, 1, T));

        Journey awardedFirst = at(JourneyStage.ENROLLED);
        awardedFirst.advanceTo(JourneyStage.AWARDED, 1, T);
        assertFalse(awardedFirst.advanceTo(JourneyStage.WITHDRAWN, 0, T));
        assertEquals(withdrawnFirst.stage, awardedFirst.stage);
    }

    @Test
    void theLatestDecisionIsKeptWhateverTheArrivalOrder() {
        Journey journey = at(JourneyStage.ENROLLED);
        journey.recordDecision(2, T.plusSeconds(20), "second");
        journey.recordDecision(1, T.plusSeconds(10), "first");
        assertEquals("second", journey.latestFeedback);
        assertEquals(T.plusSeconds(20), journey.decidedAt);
        // Progress decisions share attempt 1: the later one wins.
        Journey progress = at(JourneyStage.ENROLLED);
        progress.recordDecision(1, T.plusSeconds(30), "score 90");
        progress.recordDecision(1, T.plusSeconds(10), "score 60");
        assertEquals("score 90", progress.latestFeedback);
    }

    @Test
    void feedbackIsDueOnlyWhileWaitingForAJudgement() {
        Journey journey = at(JourneyStage.ENROLLED);
        journey.recordSubmission(T);
        journey.advanceTo(JourneyStage.SUBMITTED, 1, T);
        assertEquals(T.plus(Duration.ofDays(14)), journey.feedbackDueBy());
        journey.advanceTo(JourneyStage.IN_REVIEW, 1, T);
        assertEquals(T.plus(Duration.ofDays(14)), journey.feedbackDueBy());
        journey.advanceTo(JourneyStage.REVISE, 1, T);
        assertNull(journey.feedbackDueBy());
    }

    @Test
    void theNextActionOfAProgressMicroCredentialPointsToTheLearningPlatform() {
        Journey journey = at(JourneyStage.ENROLLED);
        journey.benchmarkKind = "progress";
        assertEquals("Complete the activities in your learning platform", journey.nextAction());
        journey.benchmarkKind = "performance";
        assertEquals("Gather your evidence and submit it", journey.nextAction());
    }

    @Test
    void theReleaseStateOnlyMovesForwardAndShowsItsNextActionWhileAwarded() {
        Journey journey = at(JourneyStage.AWARDED);
        journey.recordRelease(ReleaseState.AWAITING_RELEASE, null, T);
        assertEquals("Wait for the institution to release your credential", journey.nextAction());
        journey.recordRelease(ReleaseState.UNDER_REVIEW, "Exam board on 12 March", T);
        assertEquals("Exam board on 12 March", journey.releaseNote);
        journey.recordRelease(ReleaseState.AWAITING_RELEASE, null, T); // a late copy changes nothing
        assertEquals(ReleaseState.UNDER_REVIEW, journey.releaseState);
        assertEquals("Wait: the institution is reviewing your award before releasing it", journey.nextAction());
        journey.recordRelease(ReleaseState.RELEASED, null, T);
        assertNull(journey.releaseNote, "a released award shows no hold reason");
        journey.advanceTo(JourneyStage.ISSUED, 0, T);
        assertEquals("Share your credential", journey.nextAction());
    }
}
