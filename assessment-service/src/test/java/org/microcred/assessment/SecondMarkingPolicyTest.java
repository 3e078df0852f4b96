package org.microcred.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecondMarkingPolicyTest {

    @Test
    void modeAllSecondMarksEveryAwardAndNoneNone() {
        UUID task = UUID.randomUUID();
        assertTrue(SecondMarkingPolicy.required("all", null, task));
        assertFalse(SecondMarkingPolicy.required("none", null, task));
        assertFalse(SecondMarkingPolicy.required(null, null, task));
    }

    @Test
    void theSampleChoiceIsTheSameEveryTimeForATask() {
        for (int i = 0; i < 50; i++) {
            UUID task = UUID.randomUUID();
            boolean first = SecondMarkingPolicy.required("sample", 50, task);
            assertEquals(first, SecondMarkingPolicy.required("sample", 50, UUID.fromString(task.toString())));
            assertEquals(SecondMarkingPolicy.bucket(task) < 50, first);
        }
    }

    @Test
    void aHundredPercentSampleIsEveryAward() {
        assertTrue(IntStream.range(0, 200).allMatch(i -> SecondMarkingPolicy.required("sample", 100, UUID.randomUUID())));
    }

    @Test
    void theSampleIsRoughlyTheShareAskedFor() {
        long picked = IntStream.range(0, 10_000).filter(i -> SecondMarkingPolicy.required("sample", 20,
                UUID.nameUUIDFromBytes(("task-" + i).getBytes()))).count();
        assertTrue(picked > 1_700 && picked < 2_300, "picked " + picked + " of 10000 at 20%");
    }
}
