package org.microcred.assessment.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageTotalTest {

    @Test
    void aShortFirstPageHoldsEveryRow() {
        assertEquals(OptionalLong.of(3), PageTotal.fromPage(0, 20, 3));
        assertEquals(OptionalLong.of(0), PageTotal.fromPage(0, 20, 0));
    }

    @Test
    void aShortLaterPageEndsTheRows() {
        assertEquals(OptionalLong.of(45), PageTotal.fromPage(40, 20, 5));
    }

    @Test
    void aFullPageOrAnEmptyPagePastTheStartLeavesTheTotalUnknown() {
        assertEquals(OptionalLong.empty(), PageTotal.fromPage(0, 20, 20));
        assertEquals(OptionalLong.empty(), PageTotal.fromPage(40, 20, 20));
        assertEquals(OptionalLong.empty(), PageTotal.fromPage(40, 20, 0));
    }
}
