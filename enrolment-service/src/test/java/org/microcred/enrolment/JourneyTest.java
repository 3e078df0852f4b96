package org.microcred.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JourneyTest {

    private static Journey enrolled() {
        Journey journey = new Journey();
        journey.stage = JourneyStage.ENROLLED;
        return journey;
    }

    @Test
    void advancesThroughTheStagesInOrder() {
        Journey journey = enrolled();
        assertTrue(journey.advanceTo(JourneyStage.SUBMITTED, 1, Instant.now()));
        assertTrue(journey.advanceTo(JourneyStage.AWARDED, 1, Instant.now()));
        assertTrue(journey.advanceTo(JourneyStage.ISSUED, 0, Instant.now()));
        assertTrue(journey.advanceTo(JourneyStage.SHARED, 0, Instant.now()));
        assertEquals(JourneyStage.SHARED, journey.stage);
    }

    @Test
    void aLateEventOfAnEarlierStageDoesNotMoveItBack() {
        Journey journey = enrolled();
        journey.advanceTo(JourneyStage.ISSUED, 0, Instant.now());
        assertFalse(journey.advanceTo(JourneyStage.AWARDED, 1, Instant.now()));
        assertFalse(journey.advanceTo(JourneyStage.SUBMITTED, 1, Instant.now()));
        assertEquals(JourneyStage.ISSUED, journey.stage);
    }

    @Test
    void aResubmissionComesAfterTheRevisionOfTheAttemptBefore() {
        Journey journey = enrolled();
        journey.advanceTo(JourneyStage.SUBMITTED, 1, Instant.now());
        journey.advanceTo(JourneyStage.REVISE, 1, Instant.now());
        assertTrue(journey.advanceTo(JourneyStage.SUBMITTED, 2, Instant.now()));
        assertEquals(2, journey.attempt);
        assertFalse(journey.advanceTo(JourneyStage.REVISE, 1, Instant.now()), "a replay of attempt 1's decision");
        assertEquals(JourneyStage.SUBMITTED, journey.stage);
    }
}
